package dev.evidex.collector.cluster.provider;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.seal.SealException;
import dev.evidex.verification.seal.SealVerifier;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the evidence store says about image digests: which have a signature verified under a
 * pipeline key and which have an SBOM. Only records of batches whose seal verifies under the
 * trusted seal keys (and whose bytes match the seal) count, so the admission policy believes
 * exactly what an auditor's verification would. Indexing is incremental, log by log, in batch
 * order; a batch that does not verify stops its log there (later batches wait) and is reported.
 */
public final class EvidenceIndex {
    /** Largest batch object read into memory for indexing. */
    private static final long MAX_BATCH_BYTES = 1L << 30;

    private final ObjectStore store;
    private final SealVerifier sealVerifier;
    private final Set<String> pipelineKeyIds;
    private final Map<String, Long> nextBatch = new HashMap<>();
    private final Map<String, String> signatures = new ConcurrentHashMap<>();
    private final Map<String, String> sboms = new ConcurrentHashMap<>();
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    public EvidenceIndex(ObjectStore store, SealVerifier sealVerifier, Set<String> pipelineKeyIds) {
        this.store = requireNonNull(store, "store is null");
        this.sealVerifier = requireNonNull(sealVerifier, "sealVerifier is null");
        this.pipelineKeyIds = Set.copyOf(requireNonNull(pipelineKeyIds, "pipelineKeyIds is null"));
    }

    /** Reads batches sealed since the last refresh. */
    public synchronized void refresh() throws IOException {
        for (String log : store.listFolders(StoreKeys.SEALS)) {
            if (!StoreKeys.isValidLogName(log)) {
                continue;
            }
            for (ObjectStore.Entry entry : store.list(StoreKeys.sealPrefix(log))) {
                String name = entry.key().substring(entry.key().lastIndexOf('/') + 1);
                OptionalLong batch = StoreKeys.sealBatch(name);
                if (batch.isEmpty() || batch.getAsLong() < nextBatch.getOrDefault(log, 0L)) {
                    continue;
                }
                if (batch.getAsLong() != nextBatch.getOrDefault(log, 0L) || !index(log, entry.key())) {
                    break;
                }
                nextBatch.put(log, batch.getAsLong() + 1);
            }
        }
    }

    /** The record that proves a verified pipeline signature for the digest ({@code log/batch/index}). */
    public Optional<String> signature(String digest) {
        return Optional.ofNullable(signatures.get(digest));
    }

    /** The record of an SBOM for the digest ({@code log/batch/index}). */
    public Optional<String> sbom(String digest) {
        return Optional.ofNullable(sboms.get(digest));
    }

    /** Logs whose indexing stopped at a batch that does not verify, with the reason. */
    public Map<String, String> problems() {
        return Map.copyOf(problems);
    }

    private boolean index(String log, String sealKey) throws IOException {
        try {
            byte[] sealBytes = store.read(sealKey, Seal.MAX_BYTES).orElseThrow(() -> new IOException(sealKey + " vanished"));
            Seal seal = Seal.parse(sealBytes);
            sealVerifier.verify(seal);
            Optional<byte[]> batch = store.read(seal.batchObject(), MAX_BATCH_BYTES);
            if (batch.isEmpty()) {
                return false; // a writer is between its seal and its batch object; retry next refresh
            }
            if (!Hashes.hex(Hashes.sha256(batch.get())).equals(seal.batchSha256())) {
                throw new SealException("batch object " + seal.batchObject() + " does not match its seal");
            }
            indexLines(batch.get());
            problems.remove(log);
            return true;
        } catch (SealException e) {
            problems.put(log, sealKey + ": " + e.getMessage());
            return false;
        }
    }

    private void indexLines(byte[] batch) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(batch),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode record = Json.mapper().readTree(line);
                String digest = record.path("digest").asText("");
                if (digest.isEmpty()) {
                    continue;
                }
                String reference = record.path("log").asText() + "/" + record.path("batch").asLong() + "/"
                        + record.path("index").asLong();
                String stream = record.path("stream").asText("");
                if (stream.equals("signature") && record.path("decision").asText("").equals("verified")
                        && pipelineKeyIds.contains(record.path("key_id").asText(""))) {
                    signatures.putIfAbsent(digest, reference);
                } else if (stream.equals("sbom")) {
                    sboms.putIfAbsent(digest, reference);
                }
            }
        }
    }

    /** For tests and metrics: how many digests are known. */
    public List<Integer> sizes() {
        return List.of(signatures.size(), sboms.size());
    }
}
