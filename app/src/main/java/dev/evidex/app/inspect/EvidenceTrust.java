package dev.evidex.app.inspect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the trust material for artifact checks lives beside the trusted keys: a Sigstore trusted
 * root in a sub-folder, so that the key loader (which reads every {@code *.json} of the folder
 * as a key) never sees it.
 */
public final class EvidenceTrust {
    /** The Sigstore trusted root, relative to the trusted keys directory. */
    public static final String SIGSTORE_ROOT = "sigstore/trusted_root.json";

    private EvidenceTrust() {}

    public static Optional<Path> sigstoreRoot(Optional<Path> trustedKeysDirectory) {
        return trustedKeysDirectory.filter(Files::isDirectory).map(directory -> directory.resolve(SIGSTORE_ROOT))
                .filter(Files::isRegularFile);
    }
}
