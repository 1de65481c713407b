package dev.evidex.collector.sink;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.spool.Spool;
import dev.evidex.collector.spool.SpoolEntry;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.store.AppendResult;
import dev.evidex.verification.store.Artifacts;
import dev.evidex.verification.store.LogAppender;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spool first, then store: a submission is made durable locally, then its artifacts are uploaded,
 * its records sealed as one batch and an ingest marker written. Pending submissions of earlier
 * runs that died are replayed first, and a submission whose marker exists is not sealed again.
 */
public final class EvidenceWriter {
    /** Markers live outside the evidence folders; verifiers ignore them (evidence format 1). */
    static final String MARKERS = "index/ingested/";

    private final ObjectStore store;
    private final Path staging;
    private final Spool spool;
    private final Signer signer;
    private final Clock clock;
    private final Map<String, LogAppender> appenders = new HashMap<>();

    public EvidenceWriter(ObjectStore store, Path staging, Spool spool, Signer signer, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.staging = requireNonNull(staging, "staging is null");
        this.spool = requireNonNull(spool, "spool is null");
        this.signer = requireNonNull(signer, "signer is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public static String markerKey(String log, String contentDigest) {
        return MARKERS + log + "/" + contentDigest + ".json";
    }

    /** Records a submission (after any pending ones of the same log); returns where it is. */
    public Outcome write(Submission submission) throws IOException, StoreException {
        SpoolEntry saved = spool.save(submission, clock.millis());
        Optional<Outcome> mine = Optional.empty();
        for (SpoolEntry entry : spool.pending(submission.log())) {
            Outcome outcome = replay(entry);
            if (entry.contentDigest().equals(saved.contentDigest())) {
                mine = Optional.of(outcome);
            }
        }
        return mine.orElseThrow(() -> new StoreException("spooled submission " + saved.contentDigest() + " vanished"));
    }

    /** Seals one spooled submission unless its marker says it already is. */
    private Outcome replay(SpoolEntry entry) throws IOException, StoreException {
        String marker = markerKey(entry.log(), entry.contentDigest());
        Optional<byte[]> existing = store.read(marker, 64 * 1024);
        if (existing.isPresent()) {
            spool.complete(entry);
            return fromMarker(entry, existing.get());
        }
        for (Path file : entry.artifactFiles()) {
            byte[] bytes = Files.readAllBytes(file);
            if (!Hashes.hex(Hashes.sha256(bytes)).equals(file.getFileName().toString())) {
                throw new StoreException("spooled artifact " + file + " does not match its digest; the spool is damaged");
            }
            Artifacts.put(store, bytes);
        }
        List<ObjectNode> records = new ArrayList<>();
        for (byte[] line : entry.recordLines()) {
            records.add((ObjectNode) Json.mapper().readTree(line));
        }
        AppendResult result = appender(entry.log()).append(records);
        ObjectNode content = Json.mapper().createObjectNode();
        content.put("log", result.log());
        content.put("batch", result.batch());
        content.put("first_index", result.firstIndex());
        content.put("record_count", result.recordCount());
        content.put("content_digest", entry.contentDigest());
        store.createIfAbsent(marker, CanonicalJson.bytes(content));
        spool.complete(entry);
        return new Outcome(result.log(), result.batch(), result.firstIndex(), result.recordCount(),
                entry.contentDigest(), true);
    }

    private static Outcome fromMarker(SpoolEntry entry, byte[] bytes) throws IOException {
        JsonNode marker = Json.mapper().readTree(bytes);
        return new Outcome(entry.log(), marker.path("batch").asLong(), marker.path("first_index").asLong(),
                marker.path("record_count").asLong(), entry.contentDigest(), false);
    }

    private LogAppender appender(String log) {
        return appenders.computeIfAbsent(log, name -> new LogAppender(store, name, signer, clock, staging));
    }
}
