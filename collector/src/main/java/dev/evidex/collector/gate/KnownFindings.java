package dev.evidex.collector.gate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.seal.SealException;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Fingerprints of the findings earlier runs recorded in a repository's log: what is "known". */
public final class KnownFindings {
    private static final String FINDING_STREAM = "\"stream\":\"finding\"";

    private KnownFindings() {}

    public static Set<String> of(ObjectStore store, String log) throws IOException {
        Set<String> fingerprints = new HashSet<>();
        for (ObjectStore.Entry entry : store.list(StoreKeys.sealPrefix(log))) {
            Optional<byte[]> bytes = store.read(entry.key(), Seal.MAX_BYTES);
            if (bytes.isEmpty()) {
                continue;
            }
            Seal seal;
            try {
                seal = Seal.parse(bytes.get());
            } catch (SealException e) {
                continue; // an unreadable seal is the verifier's business; it cannot make a finding known
            }
            if (store.exists(seal.batchObject())) {
                collect(store, seal.batchObject(), fingerprints);
            }
        }
        return fingerprints;
    }

    private static void collect(ObjectStore store, String key, Set<String> fingerprints) throws IOException {
        try (InputStream in = store.open(key);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                // Canonical lines: a cheap text test skips the other streams without parsing them.
                if (line.contains(FINDING_STREAM)) {
                    JsonNode record = Json.mapper().readTree(line);
                    if (record.path("fingerprint").isTextual()) {
                        fingerprints.add(record.path("fingerprint").textValue());
                    }
                }
            }
        }
    }
}
