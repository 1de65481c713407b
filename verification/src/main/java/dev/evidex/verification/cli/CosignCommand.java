package dev.evidex.verification.cli;

import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.cosign.CosignRequest;
import dev.evidex.verification.artifact.cosign.CosignSignatureLayer;
import dev.evidex.verification.artifact.cosign.CosignVerifier;
import dev.evidex.verification.artifact.cosign.SignatureVerificationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evidex-verify cosign}: a Cosign key-based image signature. */
@Command(name = "cosign", mixinStandardHelpOptions = true,
        description = "Verifies a Cosign simple-signing image signature with a public key (PEM; ECDSA or RSA, "
                + "for example exported from AWS KMS), and optionally its Rekor bundle.")
public final class CosignCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ReportOptions report;

    @Option(names = "--key", required = true, paramLabel = "PEM", description = "Public key that signed the image.")
    Path key;

    @Option(names = "--payload", paramLabel = "FILE",
            description = "Simple-signing payload (exact bytes). Not needed when --signature is a sigstore-json layer.")
    Path payload;

    @Option(names = "--signature", required = true, paramLabel = "FILE",
            description = "Base64 signature, or a containers/image signature layer (0x00 sigstore-json ...).")
    Path signature;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Image image;

    static final class Image {
        @Option(names = "--digest", paramLabel = "sha256:HEX", description = "Digest of the image being checked.")
        String digest;

        @Option(names = "--manifest", paramLabel = "FILE", description = "Image manifest; its SHA-256 is the digest.")
        Path manifest;
    }

    @Option(names = "--rekor-key", paramLabel = "PEM", description = "Rekor public key for the signed entry timestamp.")
    Path rekorKey;

    @Option(names = "--rekor-bundle", paramLabel = "FILE", description = "Cosign Rekor bundle (dev.sigstore.cosign/bundle).")
    Path rekorBundle;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        try {
            return report.print(commandLine, List.of(new CosignVerifier().verify(request())));
        } catch (InputException | SignatureVerificationException e) {
            return ReportOptions.inputError(commandLine, e.getMessage());
        }
    }

    private CosignRequest request() throws InputException, SignatureVerificationException {
        byte[] signatureFile = Inputs.bytes(signature, "signature");
        Sha256Digest imageDigest = image.manifest != null ? Inputs.digestOf(image.manifest)
                : Inputs.digest(image.digest, "--digest");
        Optional<String> bundle = rekorBundle == null ? Optional.empty()
                : Optional.of(Inputs.text(rekorBundle, "Rekor bundle"));
        Optional<java.security.PublicKey> logKey = rekorKey == null ? Optional.empty()
                : Optional.of(Inputs.key(rekorKey, "Rekor key"));
        if (CosignSignatureLayer.isLayer(signatureFile)) {
            CosignSignatureLayer layer = CosignSignatureLayer.parse(signatureFile);
            return new CosignRequest(layer.payload(), layer.signatureBase64(), Inputs.key(key, "key"), imageDigest,
                    bundle.or(layer::rekorBundle), logKey);
        }
        if (payload == null) {
            throw new InputException("--payload is required unless --signature is a sigstore-json signature layer");
        }
        return new CosignRequest(Inputs.bytes(payload, "payload"),
                new String(signatureFile, StandardCharsets.US_ASCII), Inputs.key(key, "key"), imageDigest, bundle, logKey);
    }
}
