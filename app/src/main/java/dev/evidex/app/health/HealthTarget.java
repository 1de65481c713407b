package dev.evidex.app.health;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.store.EvidenceStore;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.store.ObjectStore;
import java.util.concurrent.Callable;

/**
 * What "Verify store" reads: a local store folder, or the evidence bucket and prefix of an AWS
 * account, read with the role (GetObject and ListObjectsV2 only). Both are opened when a run starts,
 * on the background thread; an object store that is {@link AutoCloseable} is closed when it ends.
 *
 * @param name what the view says it verifies (a folder, or {@code s3://bucket/prefix})
 * @param hasTrustedKeys whether a trusted keys directory is set (without one no seal can verify)
 */
public record HealthTarget(String name, Callable<ObjectStore> objects, Callable<TrustedKeys> trustedKeys,
        boolean hasTrustedKeys) {
    public HealthTarget {
        requireNonNull(name, "name is null");
        requireNonNull(objects, "objects is null");
        requireNonNull(trustedKeys, "trustedKeys is null");
    }

    public static HealthTarget of(EvidenceStore store) {
        return new HealthTarget(store.root().toString(), store::objects, store::trustedKeys,
                store.trustedKeysDirectory().isPresent());
    }
}
