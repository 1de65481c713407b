package dev.evidex.collector.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.store.LocalObjectStore;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import dev.evidex.verification.store.verify.StoreVerifier;
import dev.evidex.verification.store.verify.VerificationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads back what a store holds, and verifies it as an auditor would. */
public final class StoreContents {
    private StoreContents() {}

    public static List<JsonNode> records(ObjectStore store) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (ObjectStore.Entry entry : store.list(StoreKeys.RECORDS)) {
            byte[] bytes = store.read(entry.key(), Long.MAX_VALUE).orElseThrow();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    records.add(Json.mapper().readTree(line));
                }
            }
        }
        return records;
    }

    public static List<JsonNode> records(Path directory) throws IOException {
        return Files.isDirectory(directory) ? records(new LocalObjectStore(directory)) : List.of();
    }

    public static List<JsonNode> stream(Path directory, String stream) throws IOException {
        return records(directory).stream().filter(record -> record.path("stream").asText().equals(stream)).toList();
    }

    public static VerificationReport verify(ObjectStore store, TrustedKeys trusted) throws IOException {
        return new StoreVerifier(StoreVerifier.Options.of(trusted)).verify(store);
    }

    public static VerificationReport verify(Path directory, TrustedKeys trusted) throws IOException {
        return verify(new LocalObjectStore(directory), trusted);
    }
}
