package dev.evidex.collector.cluster.seal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.seal.SealException;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the newest batches of a log back: the highest spool sequence this spool already sealed
 * (the progress file can lag the store by one batch after a crash) and the keys of recently
 * sealed events (so a re-sent event is still recognised after a restart).
 */
public final class StoreTail {
    /** What the tail says: sealed-through sequence of this spool (0 if none) and recent keys, oldest first. */
    public record Found(long sealedThrough, List<String> keys) {
        public Found {
            keys = List.copyOf(keys);
        }
    }

    private StoreTail() {}

    public static Found read(ObjectStore store, Path staging, String log, String spoolId, int maxKeys, int maxBatches)
            throws IOException {
        List<ObjectStore.Entry> seals = store.list(StoreKeys.sealPrefix(log));
        long sealedThrough = 0;
        boolean ownBatchSeen = false;
        List<List<String>> keysNewestFirst = new ArrayList<>();
        int keyCount = 0;
        int batches = 0;
        for (int i = seals.size() - 1; i >= 0 && batches < maxBatches; i--) {
            String key = seals.get(i).key();
            if (StoreKeys.sealBatch(key.substring(key.lastIndexOf('/') + 1)).isEmpty()) {
                continue;
            }
            batches++;
            Seal seal = parse(store, key);
            List<String> keys = new ArrayList<>();
            long maxOwn = scan(open(store, staging, seal), spoolId, keys);
            keysNewestFirst.add(keys);
            keyCount += keys.size();
            if (!ownBatchSeen && maxOwn > 0) {
                sealedThrough = maxOwn;
                ownBatchSeen = true;
            }
            if (ownBatchSeen && keyCount >= maxKeys) {
                break;
            }
        }
        List<String> keys = new ArrayList<>(keyCount);
        for (int i = keysNewestFirst.size() - 1; i >= 0; i--) {
            keys.addAll(keysNewestFirst.get(i));
        }
        return new Found(sealedThrough, keys.subList(Math.max(0, keys.size() - maxKeys), keys.size()));
    }

    /**
     * Publishes the newest batch object from its staged copy if its writer stopped between the
     * seal and the object (the next append would do it too, but there may be no next append).
     */
    public static void completeNewest(ObjectStore store, Path staging, String log) throws IOException {
        List<ObjectStore.Entry> seals = store.list(StoreKeys.sealPrefix(log));
        for (int i = seals.size() - 1; i >= 0; i--) {
            String key = seals.get(i).key();
            if (StoreKeys.sealBatch(key.substring(key.lastIndexOf('/') + 1)).isPresent()) {
                Seal seal = parse(store, key);
                if (!store.exists(seal.batchObject())) {
                    try (InputStream staged = open(store, staging, seal)) {
                        store.createIfAbsent(seal.batchObject(), staged.readAllBytes());
                    }
                }
                return;
            }
        }
    }

    private static Seal parse(ObjectStore store, String key) throws IOException {
        byte[] bytes = store.read(key, Seal.MAX_BYTES).orElseThrow(() -> new IOException(key + " vanished"));
        try {
            return Seal.parse(bytes);
        } catch (SealException e) {
            throw new IOException(key + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** The batch object, or its staged copy when a writer crashed before publishing it. */
    private static InputStream open(ObjectStore store, Path staging, Seal seal) throws IOException {
        if (store.exists(seal.batchObject())) {
            return store.open(seal.batchObject());
        }
        String name = seal.batchObject().substring(seal.batchObject().lastIndexOf('/') + 1) + "." + seal.batchSha256();
        Path staged = staging.resolve(name);
        if (Files.isRegularFile(staged)) {
            byte[] bytes = Files.readAllBytes(staged);
            if (Hashes.hex(Hashes.sha256(bytes)).equals(seal.batchSha256())) {
                return new ByteArrayInputStream(bytes);
            }
        }
        throw new IOException("batch object " + seal.batchObject() + " of sealed batch " + seal.batch()
                + " is missing and not staged; run evidex-verify store");
    }

    /** Collects the keys of a batch; returns the highest sequence of {@code spoolId} in it (0 if none). */
    private static long scan(InputStream batch, String spoolId, List<String> keys) throws IOException {
        long maxOwn = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(batch, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode collector = Json.mapper().readTree(line).path("detail").path("collector");
                Optional.ofNullable(collector.get("key")).filter(JsonNode::isTextual).ifPresent(key -> keys.add(key.textValue()));
                if (spoolId.equals(collector.path("spool").asText(null))) {
                    maxOwn = Math.max(maxOwn, collector.path("sequence").asLong(0));
                }
            }
        }
        return maxOwn;
    }
}
