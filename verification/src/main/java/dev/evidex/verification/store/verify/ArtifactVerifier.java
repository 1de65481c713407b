package dev.evidex.verification.store.verify;

import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Optional;

/** Re-hashes artifacts: a content-addressed object must hash to its own name. */
final class ArtifactVerifier {
    /** Per worker thread: a buffer per artifact would be most of the cost for stores of small artifacts. */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[1 << 16]);
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Hashes::sha256);

    private final ObjectStore store;
    private final VerificationContext context;

    ArtifactVerifier(ObjectStore store, VerificationContext context) {
        this.store = store;
        this.context = context;
    }

    void verify(ObjectStore.Entry entry) throws IOException {
        Optional<String> named = StoreKeys.artifactDigest(entry.key());
        if (named.isEmpty()) {
            context.fail(Failure.ofStore(Check.ARTIFACT, entry.key(), "not a valid artifact key (artifacts/sha256/<64 hex>)"));
            return;
        }
        MessageDigest digest = DIGEST.get();
        digest.reset();
        byte[] buffer = BUFFER.get();
        try (InputStream in = store.open(entry.key())) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        String actual = Hashes.hex(digest.digest());
        if (!actual.equals(named.get())) {
            context.fail(Failure.ofStore(Check.ARTIFACT, entry.key(), "artifact bytes hash to sha256:" + actual
                    + ", not to the digest in its name"));
        }
        context.progress(entry.size());
    }

    /** Verifies a group of artifacts in one task, checking for cancellation between them. */
    void verifyAll(java.util.List<ObjectStore.Entry> entries) throws IOException {
        for (ObjectStore.Entry entry : entries) {
            context.checkCancelled();
            verify(entry);
        }
    }
}
