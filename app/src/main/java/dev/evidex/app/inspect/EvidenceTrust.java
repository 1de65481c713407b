package dev.evidex.app.inspect;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Trust material for artifact checks beyond the trusted keys, kept beside them in a sub-folder
 * (so that the key loader, which reads every {@code *.json} and {@code *.pub} of the folder as a
 * trusted key, never sees it): a Sigstore trusted root for keyless bundles, the keyless signers
 * trusted to sign them, and the Rekor public key for the transparency-log bundles of Cosign signatures.
 */
public record EvidenceTrust(Optional<Path> sigstoreRoot, Optional<Path> rekorKey, Optional<Path> identities) {
    /** The Sigstore trusted root, relative to the trusted keys directory. */
    public static final String SIGSTORE_ROOT = "sigstore/trusted_root.json";
    /** The Rekor public key (PEM), relative to the trusted keys directory. */
    public static final String REKOR_KEY = "sigstore/rekor.pub";
    /** The trusted keyless identities ({@code identities.json} format), relative to the trusted keys directory. */
    public static final String IDENTITIES = "sigstore/identities.json";

    public static final EvidenceTrust NONE = new EvidenceTrust(Optional.empty(), Optional.empty(), Optional.empty());

    public EvidenceTrust {
        requireNonNull(sigstoreRoot, "sigstoreRoot is null");
        requireNonNull(rekorKey, "rekorKey is null");
        requireNonNull(identities, "identities is null");
    }

    /** What of it is present in a trusted keys directory. */
    public static EvidenceTrust in(Optional<Path> trustedKeysDirectory) {
        Optional<Path> directory = trustedKeysDirectory.filter(Files::isDirectory);
        return new EvidenceTrust(file(directory, SIGSTORE_ROOT), file(directory, REKOR_KEY),
                directory.map(folder -> folder.resolve(IDENTITIES)).filter(Files::exists));
    }

    private static Optional<Path> file(Optional<Path> directory, String name) {
        return directory.map(folder -> folder.resolve(name)).filter(Files::isRegularFile);
    }
}
