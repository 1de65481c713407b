package dev.evidex.verification.packet.evidence;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.packet.EntryRole;
import dev.evidex.verification.packet.PacketEntry;
import dev.evidex.verification.packet.PacketFormat;
import dev.evidex.verification.packet.PacketVerificationException;
import dev.evidex.verification.seal.SealVerifier;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the evidence behind a set of records from a store: per log the newest seal, the exact
 * record lines and their inclusion proofs; the key archive entries of those seals; the artifacts
 * the records reference. Everything is checked while it is read, so a store that does not verify
 * is refused rather than exported.
 */
public final class EvidenceCollector {
    private static final Pattern BATCH_OBJECT = Pattern.compile("records/dt=[0-9-]{10}/(.+)-([0-9]{12})\\.jsonl");

    /** How to collect: the seal keys to trust at export time, parallelism, progress and cancellation. */
    public record Options(TrustedKeys trustedKeys, int parallelism, BooleanSupplier cancelled) {
        public Options {
            requireNonNull(trustedKeys, "trustedKeys is null");
            requireNonNull(cancelled, "cancelled is null");
            parallelism = Math.max(1, parallelism);
        }
    }

    private final Options options;

    public EvidenceCollector(Options options) {
        this.options = requireNonNull(options, "options is null");
    }

    public EvidenceBundle collect(ObjectStore store, Collection<RecordReference> references)
            throws IOException, PacketVerificationException {
        Map<String, NavigableSet<Long>> wanted = new TreeMap<>();
        references.forEach(reference -> wanted.computeIfAbsent(reference.log(), log -> new TreeSet<>()).add(reference.index()));
        Map<String, SortedMap<Long, String>> batchObjects = batchObjects(store, wanted.keySet());
        List<LogEvidence> logs = readLogs(store, wanted, batchObjects);
        List<PacketEntry> entries = new ArrayList<>();
        List<EvidenceBundle.LogSummary> summaries = new ArrayList<>();
        for (LogEvidence log : logs) {
            entries.add(new PacketEntry(PacketFormat.log(log.log(), PacketFormat.CHECKPOINT), EntryRole.CHECKPOINT,
                    log.checkpointBytes()));
            entries.add(new PacketEntry(PacketFormat.log(log.log(), PacketFormat.RECORDS), EntryRole.RECORDS, log.recordsBytes()));
            entries.add(new PacketEntry(PacketFormat.log(log.log(), PacketFormat.PROOFS), EntryRole.PROOFS, log.proofs().toBytes()));
            summaries.add(new EvidenceBundle.LogSummary(log.log(), log.lines().size(), log.checkpoint().treeSize(),
                    log.checkpoint().batch(), log.checkpoint().root(), log.checkpoint().time().toString(),
                    log.checkpoint().keyId(), log.batchesRead()));
        }
        List<String> keyIds = logs.stream().map(log -> log.checkpoint().keyId()).distinct().sorted().toList();
        KeyEntries.Result keys = KeyEntries.collect(store, options.trustedKeys(), keyIds);
        entries.addAll(keys.entries());
        ArtifactCollector.Result artifacts = ArtifactCollector.collect(store, logs);
        entries.addAll(artifacts.entries());
        TreeSet<String> storeKeys = new TreeSet<>(keys.storeKeys());
        logs.forEach(log -> storeKeys.addAll(log.storeKeys()));
        storeKeys.addAll(artifacts.storeKeys());
        entries.add(new PacketEntry(PacketFormat.EXPORT_VERIFICATION, EntryRole.EXPORT_VERIFICATION,
                exportVerification(summaries, artifacts.count())));
        return new EvidenceBundle(entries, summaries, keyIds, artifacts.count(), "trusted keys given to the exporter",
                List.copyOf(storeKeys));
    }

    private List<LogEvidence> readLogs(ObjectStore store, Map<String, NavigableSet<Long>> wanted,
            Map<String, SortedMap<Long, String>> batchObjects) throws IOException, PacketVerificationException {
        LogReader reader = new LogReader(store, new SealVerifier(options.trustedKeys()), options.cancelled());
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(options.parallelism(), Math.max(1, wanted.size())));
        try {
            List<Future<LogEvidence>> futures = new ArrayList<>();
            wanted.forEach((log, indices) -> futures.add(executor.submit(() ->
                    reader.read(log, indices, batchObjects.getOrDefault(log, new TreeMap<>())))));
            List<LogEvidence> logs = new ArrayList<>();
            for (Future<LogEvidence> future : futures) {
                logs.add(await(future));
            }
            return logs;
        } finally {
            executor.shutdownNow();
        }
    }

    private static LogEvidence await(Future<LogEvidence> future) throws IOException, PacketVerificationException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("export interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PacketVerificationException packet) {
                throw packet;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof CancellationException cancelled) {
                throw cancelled;
            }
            throw new IllegalStateException("reading a log failed unexpectedly: " + cause, cause);
        }
    }

    private static Map<String, SortedMap<Long, String>> batchObjects(ObjectStore store, Collection<String> logs)
            throws IOException {
        Map<String, SortedMap<Long, String>> byLog = new TreeMap<>();
        for (ObjectStore.Entry entry : store.list(StoreKeys.RECORDS)) {
            Matcher matcher = BATCH_OBJECT.matcher(entry.key());
            if (matcher.matches() && logs.contains(matcher.group(1))) {
                byLog.computeIfAbsent(matcher.group(1), log -> new TreeMap<>())
                        .put(Long.parseLong(matcher.group(2)), entry.key());
            }
        }
        return byLog;
    }

    private static byte[] exportVerification(List<EvidenceBundle.LogSummary> logs, int artifacts) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("schema_version", 1);
        ArrayNode logArray = root.putArray("logs");
        for (EvidenceBundle.LogSummary log : logs) {
            ObjectNode node = logArray.addObject();
            node.put("log", log.log());
            node.put("checkpoint_batch", log.checkpointBatch());
            node.put("tree_size", log.treeSize());
            node.put("root", log.root());
            node.put("seal_key_id", log.keyId());
            node.put("records_exported", log.records());
            ArrayNode checks = node.putArray("checks");
            checks.add("seal-signature: newest seal verified under a trusted seal-signing key valid at its time");
            checks.add("batch-sequence: batch objects 0.." + log.checkpointBatch() + " present");
            checks.add("merkle-root: " + log.treeSize() + " records reproduce the signed root");
        }
        root.put("artifacts_checked", artifacts);
        return CanonicalJson.bytes(root);
    }
}
