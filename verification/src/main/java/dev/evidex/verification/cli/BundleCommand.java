package dev.evidex.verification.cli;

import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.bundle.BundleRequest;
import dev.evidex.verification.artifact.bundle.BundleVerificationException;
import dev.evidex.verification.artifact.bundle.BundleVerifier;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evidex-verify bundle}: a Sigstore bundle, keyless or signed with a managed key. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "Verifies a Sigstore bundle (v0.1 to v0.3) offline: keyless with --trusted-root "
                + "[--identity --issuer], or signed with a managed key with --key (add --trusted-root to verify "
                + "its log entry and timestamps).")
public final class BundleCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ReportOptions report;

    @Mixin
    SigstoreTrustOptions trust;

    @Mixin
    ProvenanceOptions provenance;

    @Option(names = "--bundle", required = true, paramLabel = "FILE", description = "The Sigstore bundle.")
    Path bundle;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Artifact artifact;

    static final class Artifact {
        @Option(names = "--artifact", paramLabel = "FILE", description = "The signed artifact.")
        Path file;

        @Option(names = "--artifact-digest", paramLabel = "sha256:HEX", description = "SHA-256 of the signed artifact.")
        String digest;

        Sha256Digest resolve() throws InputException {
            return file != null ? Inputs.digestOf(file) : Inputs.digest(digest, "--artifact-digest");
        }
    }

    @Option(names = "--key", paramLabel = "PEM", description = "Public key of a managed-key (KMS) bundle.")
    Path key;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        try {
            if (trust.trustedRoot == null && key == null) {
                throw new InputException("give --trusted-root (keyless) or --key (managed key), or both");
            }
            Optional<PublicKey> publicKey = key == null ? Optional.empty() : Optional.of(Inputs.key(key, "key"));
            BundleRequest request = new BundleRequest(bundle.toString(), Inputs.text(bundle, "bundle"),
                    artifact.resolve(), trust.root(), publicKey, trust.identityPolicy(), provenance.policy());
            return report.print(commandLine, List.of(new BundleVerifier().verify(request)));
        } catch (InputException | BundleVerificationException e) {
            return ReportOptions.inputError(commandLine, e.getMessage());
        }
    }
}
