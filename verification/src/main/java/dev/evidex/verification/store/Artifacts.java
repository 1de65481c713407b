package dev.evidex.verification.store;

import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.merkle.Hashes;
import java.io.IOException;
import java.security.MessageDigest;

/** Content-addressed artifacts and key archive entries, for any {@link ObjectStore}. */
public final class Artifacts {
    private Artifacts() {}

    /** Stores bytes under {@code artifacts/sha256/<hex>}; returns {@code sha256:<hex>}. */
    public static String put(ObjectStore store, byte[] bytes) throws IOException {
        String hex = Hashes.hex(Hashes.sha256(bytes));
        store.createIfAbsent(StoreKeys.artifact(hex), bytes);
        return "sha256:" + hex;
    }

    /** Publishes a key archive entry; an existing different entry for the same key is an error. */
    public static void putKey(ObjectStore store, KeyArchiveEntry entry) throws IOException, StoreException {
        String key = StoreKeys.key(entry.keyId().substring("sha256:".length()));
        byte[] bytes = entry.toCanonicalJson();
        if (!store.createIfAbsent(key, bytes)) {
            byte[] existing = store.read(key, 64 * 1024).orElseThrow();
            if (!MessageDigest.isEqual(existing, bytes)) {
                throw new StoreException(key + " already holds a different archive entry for this key; "
                        + "key archive entries are write-once");
            }
        }
    }
}
