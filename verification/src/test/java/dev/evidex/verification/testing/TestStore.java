package dev.evidex.verification.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.store.AppendResult;
import dev.evidex.verification.store.LocalStore;
import dev.evidex.verification.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small store with known content, written through the real appender. */
public final class TestStore {
    public static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    public final Path root;
    public final LocalStore store;
    public final KeyPair key = TestKeys.ecdsa();
    public final LocalSigner signer = TestKeys.signer(key);
    public final KeyArchiveEntry keyEntry = TestKeys.sealKey(key, START.minus(Duration.ofDays(1)), Optional.empty());
    public final List<AppendResult> batches = new ArrayList<>();
    private Instant clock = START;

    public TestStore(Path root) throws IOException {
        this.root = root;
        this.store = LocalStore.open(root);
    }

    public TrustedKeys trustedKeys() {
        return TrustedKeys.of(List.of(keyEntry));
    }

    /** Appends {@code count} records to {@code log}, one hour after the previous batch. */
    public AppendResult append(String log, int count) throws IOException, StoreException {
        return append(log, count, signer);
    }

    public AppendResult append(String log, int count, LocalSigner with) throws IOException, StoreException {
        clock = clock.plus(Duration.ofHours(1));
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(record("build", "service-" + i, clock));
        }
        AppendResult result = store.appender(log, with, Clock.fixed(clock, ZoneOffset.UTC)).append(records);
        batches.add(result);
        return result;
    }

    /** Appends one record that references an artifact stored now. */
    public AppendResult appendWithArtifact(String log, byte[] artifact) throws IOException, StoreException {
        String digest = store.putArtifact(artifact);
        clock = clock.plus(Duration.ofHours(1));
        ObjectNode record = record("sbom", "service-a", clock);
        ObjectNode reference = record.putArray("artifacts").addObject();
        reference.put("role", "sbom");
        reference.put("digest", digest);
        reference.put("size", artifact.length);
        AppendResult result = store.appender(log, signer, Clock.fixed(clock, ZoneOffset.UTC)).append(List.of(record));
        batches.add(result);
        return result;
    }

    /** Appends one record as given (its artifacts already stored with {@link LocalStore#putArtifact}), an hour on. */
    public AppendResult appendRecord(String log, ObjectNode record) throws IOException, StoreException {
        clock = clock.plus(Duration.ofHours(1));
        record.put("time", clock.toString());
        AppendResult result = store.appender(log, signer, Clock.fixed(clock, ZoneOffset.UTC)).append(List.of(record));
        batches.add(result);
        return result;
    }

    public static ObjectNode record(String stream, String service, Instant time) {
        ObjectNode record = Json.mapper().createObjectNode();
        record.put("stream", stream);
        record.put("time", time.toString());
        record.put("source_kind", "ci");
        record.put("repository", "acme/" + service);
        record.put("service", service);
        record.put("detail_text", "caf\u00e9 \u2713 \"quoted\"");
        return record;
    }
}
