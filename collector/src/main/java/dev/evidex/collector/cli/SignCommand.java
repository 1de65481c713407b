package dev.evidex.collector.cli;

import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import dev.evidex.collector.record.Artifact;
import dev.evidex.collector.sign.SignRecords;
import dev.evidex.collector.sign.SignSummary;
import dev.evidex.collector.sign.SignTrust;
import dev.evidex.collector.sign.SignVerifications;
import dev.evidex.collector.sign.Verified;
import dev.evidex.verification.artifact.BoundedFiles;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.attestation.ProvenancePolicy;
import dev.evidex.verification.artifact.bundle.IdentityPolicy;
import dev.evidex.verification.cli.ExitCodes;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.PublicKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evidex-collector sign}: Cosign signatures and attestations of an image digest, verified at ingest. */
@Command(name = "sign", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Records Cosign signatures and attestations of an image digest: a simple-signing payload and",
            "signature (or a sigstore-json signature layer), DSSE envelopes (.intoto.jsonl, gcloud provenance) and",
            "Sigstore bundles. Each is stored as an artifact and verified at ingest with --key, or keyless with",
            "--trusted-root [--identity --issuer]; one record per signature or attestation says what verified it,",
            "every check, and the SLSA provenance fields. A signature that does not verify is recorded and exits 1."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:recorded, every signature verified", "1:recorded, a signature or attestation failed verification",
            "2:usage or input error (nothing written)"})
public final class SignCommand extends IngestCommand {
    @Option(names = "--payload", paramLabel = "FILE", description = "Cosign simple-signing payload (exact bytes).")
    Path payload;

    @Option(names = "--signature", paramLabel = "FILE",
            description = "Base64 signature of --payload, or a containers/image signature layer (0x00 sigstore-json ...).")
    Path signature;

    @Option(names = "--rekor-bundle", paramLabel = "FILE", description = "Cosign Rekor bundle (dev.sigstore.cosign/bundle).")
    Path rekorBundle;

    @Option(names = "--envelope", paramLabel = "FILE",
            description = "DSSE attestation: envelope, .intoto.jsonl (envelopes or bundles), gcloud provenance (repeatable).")
    List<Path> envelopes = new ArrayList<>();

    @Option(names = "--bundle", paramLabel = "FILE", description = "Sigstore bundle (repeatable).")
    List<Path> bundles = new ArrayList<>();

    @Option(names = "--key", paramLabel = "PEM", description = "Trusted public key (repeatable; KMS keys exported as PEM).")
    List<Path> keys = new ArrayList<>();

    @Option(names = "--rekor-key", paramLabel = "PEM", description = "Rekor public key for Cosign's signed entry timestamp.")
    Path rekorKey;

    @Option(names = "--trusted-root", paramLabel = "FILE", description = "Sigstore trusted root JSON (keyless; no network).")
    Path trustedRoot;

    @Option(names = "--identity", paramLabel = "SAN", description = "Expected keyless certificate identity (with --issuer).")
    String identity;

    @Option(names = "--issuer", paramLabel = "URL", description = "Expected OIDC issuer of the certificate.")
    String issuer;

    @Option(names = "--builder-id", paramLabel = "ID", description = "Expected SLSA builder id (without @ref: any ref).")
    String builderId;

    @Option(names = "--source-repo", paramLabel = "URI", description = "Expected source repository, e.g. github.com/org/repo.")
    String sourceRepository;

    @Option(names = "--key-id", paramLabel = "ID", description = "Only DSSE signatures naming this key id count.")
    String keyId;

    @Option(names = "--max-input-bytes", paramLabel = "N", description = "Largest input file accepted (default: ${DEFAULT-VALUE}).")
    long maxInputBytes = BoundedFiles.MAX_DOCUMENT_BYTES;

    @Override
    Evidence collect(IngestContext context) throws InputException {
        Sha256Digest digest = Sha256Digest.parse(context.subject().digest().orElseThrow(() -> new InputException(
                "--digest is required: signatures and attestations are evidence about one image digest")));
        if (signature == null && payload == null && rekorBundle == null && envelopes.isEmpty() && bundles.isEmpty()) {
            throw new InputException("give --signature (with --payload), --envelope or --bundle");
        }
        if (signature == null && (payload != null || rekorBundle != null)) {
            throw new InputException("--payload and --rekor-bundle go with --signature");
        }
        SignTrust trust = trust(digest);
        List<Verified> verified = new ArrayList<>();
        if (signature != null) {
            verified.add(SignVerifications.cosign(optional(payload), read(signature), optional(rekorBundle), trust));
        }
        for (Path envelope : envelopes) {
            verified.addAll(SignVerifications.attestations(read(envelope), trust));
        }
        for (Path bundle : bundles) {
            verified.add(SignVerifications.bundle(read(bundle), trust));
        }
        List<Artifact> artifacts = new ArrayList<>(trust.material());
        verified.forEach(item -> artifacts.addAll(item.inputs()));
        var records = verified.stream().map(item -> SignRecords.record(item, trust, context.now(), context.ci(),
                context.subject())).toList();
        boolean allVerified = verified.stream().allMatch(Verified::verified);
        return new Evidence(records, distinct(artifacts), SignSummary.text(verified),
                SignSummary.markdown(verified), allVerified ? ExitCodes.OK : ExitCodes.FAILED, inputs(artifacts));
    }

    /** Each artifact once (a key or an input file is referenced by several records). */
    private static List<Artifact> distinct(List<Artifact> artifacts) {
        Map<String, Artifact> byDigest = new LinkedHashMap<>();
        artifacts.forEach(artifact -> byDigest.putIfAbsent(artifact.digest(), artifact));
        return List.copyOf(byDigest.values());
    }

    private SignTrust trust(Sha256Digest digest) throws InputException {
        List<Artifact> material = new ArrayList<>();
        List<PublicKey> publicKeys = new ArrayList<>();
        for (Path key : keys) {
            publicKeys.add(key(key, material));
        }
        Optional<PublicKey> logKey = rekorKey == null ? Optional.empty() : Optional.of(key(rekorKey, material));
        if (trustedRoot != null) {
            InputFile root = read(trustedRoot);
            root.json();
            material.add(Artifact.of("raw", "application/vnd.dev.sigstore.trustedroot+json", root.bytes()));
        }
        if ((identity == null) != (issuer == null)) {
            throw new InputException("--identity and --issuer must be given together");
        }
        if (publicKeys.isEmpty() && trustedRoot == null) {
            throw new InputException("give --key PEM or --trusted-root FILE: nothing would verify the signatures");
        }
        ProvenancePolicy policy = ProvenancePolicy.none();
        policy = builderId == null ? policy : policy.withBuilderId(builderId);
        policy = sourceRepository == null ? policy : policy.withSourceRepository(sourceRepository);
        policy = keyId == null ? policy : policy.withKeyId(keyId);
        return new SignTrust(digest, publicKeys, logKey, Optional.ofNullable(trustedRoot),
                identity == null ? Optional.empty() : Optional.of(new IdentityPolicy(identity, issuer)), policy, material);
    }

    private PublicKey key(Path pem, List<Artifact> material) throws InputException {
        InputFile file = read(pem);
        try {
            PublicKey key = PublicKeys.parsePem(new String(file.bytes(), StandardCharsets.US_ASCII));
            material.add(Artifact.of("public-key", "application/x-pem-file", file.bytes()));
            return key;
        } catch (KeyFormatException e) {
            throw new InputException(file.name() + ": not a PEM public key: " + e.getMessage(), e);
        }
    }

    private InputFile read(Path path) throws InputException {
        return InputFile.read(path, maxInputBytes);
    }

    private Optional<InputFile> optional(Path path) throws InputException {
        return path == null ? Optional.empty() : Optional.of(read(path));
    }

    /** The input and trust artifacts and the policy: the same step with the same inputs is recorded once. */
    private String inputs(List<Artifact> artifacts) {
        return artifacts.stream().map(artifact -> artifact.role() + "=" + artifact.digest()).sorted()
                .collect(Collectors.joining(" ")) + " identity=" + identity + " issuer=" + issuer + " builder=" + builderId
                + " source=" + sourceRepository + " key-id=" + keyId;
    }
}
