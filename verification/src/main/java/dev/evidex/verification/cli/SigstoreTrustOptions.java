package dev.evidex.verification.cli;

import dev.evidex.verification.artifact.bundle.IdentityPolicy;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Trust for Sigstore bundles: a trusted root file and an optional keyless identity. Never the network. */
public final class SigstoreTrustOptions {
    @Option(names = "--trusted-root", paramLabel = "FILE",
            description = "Sigstore trusted root JSON (read from disk; no TUF, no network).")
    Path trustedRoot;

    @Option(names = "--identity", paramLabel = "SAN", description = "Expected certificate subject alternative name.")
    String identity;

    @Option(names = "--issuer", paramLabel = "URL", description = "Expected OIDC issuer of the certificate.")
    String issuer;

    Optional<IdentityPolicy> identityPolicy() throws InputException {
        if (identity == null && issuer == null) {
            return Optional.empty();
        }
        if (identity == null || issuer == null) {
            throw new InputException("--identity and --issuer must be given together");
        }
        return Optional.of(new IdentityPolicy(identity, issuer));
    }

    Optional<Path> root() {
        return Optional.ofNullable(trustedRoot);
    }
}
