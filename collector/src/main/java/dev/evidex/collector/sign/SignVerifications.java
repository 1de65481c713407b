package dev.evidex.collector.sign;

import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import dev.evidex.collector.record.Artifact;
import dev.evidex.verification.artifact.attestation.AttestationDocuments;
import dev.evidex.verification.artifact.attestation.AttestationSource;
import dev.evidex.verification.artifact.attestation.AttestationVerificationException;
import dev.evidex.verification.artifact.attestation.AttestationVerifier;
import dev.evidex.verification.artifact.attestation.DsseEnvelope;
import dev.evidex.verification.artifact.attestation.InTotoStatement;
import dev.evidex.verification.artifact.bundle.BundleDocument;
import dev.evidex.verification.artifact.bundle.BundleRequest;
import dev.evidex.verification.artifact.bundle.BundleVerificationException;
import dev.evidex.verification.artifact.bundle.BundleVerifier;
import dev.evidex.verification.artifact.cosign.CosignRequest;
import dev.evidex.verification.artifact.cosign.CosignSignatureLayer;
import dev.evidex.verification.artifact.cosign.CosignVerifier;
import dev.evidex.verification.artifact.cosign.SignatureVerificationException;
import dev.evidex.verification.check.ArtifactReport;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies the Cosign inputs with the verification module's verifiers (simple signing, DSSE /
 * in-toto / SLSA, Sigstore bundles). A signature that does not verify is a report with failed
 * checks; an input that cannot be read at all is an {@link InputException} naming its file.
 */
public final class SignVerifications {
    static final String SIMPLE_SIGNING = "application/vnd.dev.cosign.simplesigning.v1+json";
    static final String BUNDLE = "application/vnd.dev.sigstore.bundle+json";
    static final String DSSE = "application/vnd.dsse.envelope.v1+json";

    private SignVerifications() {}

    /**
     * A Cosign simple-signing signature: {@code signature} is base64 text or a containers/image
     * {@code sigstore-json} layer (which carries its payload and Rekor bundle); each key is tried.
     */
    public static Verified cosign(Optional<InputFile> payloadFile, InputFile signatureFile, Optional<InputFile> rekorBundle,
            SignTrust trust) throws InputException {
        if (trust.keys().isEmpty()) {
            throw new InputException("--key is required to verify a Cosign simple-signing signature");
        }
        List<Artifact> inputs = new ArrayList<>();
        byte[] payload;
        String signature;
        Optional<String> bundle = Optional.empty();
        if (CosignSignatureLayer.isLayer(signatureFile.bytes())) {
            CosignSignatureLayer layer = parseLayer(signatureFile);
            payload = layer.payload();
            signature = layer.signatureBase64();
            bundle = layer.rekorBundle();
            inputs.add(Artifact.of("raw", "application/octet-stream", signatureFile.bytes()));
        } else {
            InputFile payloadInput = payloadFile.orElseThrow(() -> new InputException(
                    "--payload is required unless --signature is a sigstore-json signature layer"));
            payloadInput.json();
            payload = payloadInput.bytes();
            signature = new String(signatureFile.bytes(), StandardCharsets.US_ASCII).trim();
        }
        inputs.add(Artifact.of("signature-payload", SIMPLE_SIGNING, payload));
        inputs.add(Artifact.of("signature", "text/plain", signature.getBytes(StandardCharsets.US_ASCII)));
        if (rekorBundle.isPresent()) {
            rekorBundle.get().json();
            bundle = Optional.of(new String(rekorBundle.get().bytes(), StandardCharsets.UTF_8));
            inputs.add(Artifact.of("raw", "application/json", rekorBundle.get().bytes()));
        }
        ArtifactReport first = null;
        for (PublicKey key : trust.keys()) {
            ArtifactReport report = verifyCosign(signatureFile, new CosignRequest(payload, signature, key, trust.digest(),
                    bundle, trust.rekorKey()));
            if (report.verified()) {
                return new Verified(report, inputs, signatureFile.name(), Optional.empty());
            }
            first = first == null ? report : first;
        }
        return new Verified(first, inputs, signatureFile.name(), Optional.empty());
    }

    /** Every attestation in a file: a DSSE envelope, JSON Lines of envelopes or bundles, or gcloud provenance. */
    public static List<Verified> attestations(InputFile file, SignTrust trust) throws InputException {
        JsonInputs.checkDocumentOrLines(file);
        List<AttestationSource> sources;
        try {
            sources = AttestationDocuments.read(file.bytes());
        } catch (AttestationVerificationException e) {
            throw new InputException(file.name() + ": not an attestation: " + e.getMessage(), e);
        }
        List<Verified> verified = new ArrayList<>();
        for (AttestationSource source : sources) {
            String location = file.name() + " (" + source.location() + ")";
            if (source instanceof AttestationSource.Bundle bundle) {
                verified.add(bundle(file, location, bundle.json(), trust, sources.size() > 1 ? "application/x-ndjson" : BUNDLE));
            } else {
                AttestationSource.Envelope envelope = (AttestationSource.Envelope) source;
                ArtifactReport report;
                try {
                    report = new AttestationVerifier().verify(file.name(), envelope, trust.keys(), trust.attestationPolicy());
                } catch (AttestationVerificationException e) {
                    throw new InputException(location + ": " + e.getMessage(), e);
                }
                verified.add(new Verified(report, List.of(Artifact.of("dsse-envelope",
                        sources.size() > 1 ? "application/x-ndjson" : DSSE, file.bytes())), location,
                        statement(envelope.envelope())));
            }
        }
        return verified;
    }

    /** A Sigstore bundle file (message signature or DSSE), keyless or signed with a managed key. */
    public static Verified bundle(InputFile file, SignTrust trust) throws InputException {
        file.json();
        return bundle(file, file.name(), new String(file.bytes(), StandardCharsets.UTF_8).strip(), trust, BUNDLE);
    }

    private static Verified bundle(InputFile file, String location, String json, SignTrust trust, String mediaType)
            throws InputException {
        if (trust.trustedRoot().isEmpty() && trust.keys().isEmpty()) {
            throw new InputException(location + " is a Sigstore bundle: give --trusted-root (keyless) or --key");
        }
        try {
            BundleDocument document = BundleDocument.parse(json);
            ArtifactReport report = new BundleVerifier().verify(new BundleRequest(location, json, trust.digest(),
                    trust.trustedRoot(), trust.keys().stream().findFirst(), trust.identity(), trust.policy()));
            return new Verified(report, List.of(Artifact.of("sigstore-bundle", mediaType, file.bytes())), location,
                    document.dsseEnvelope().flatMap(SignVerifications::statement));
        } catch (BundleVerificationException e) {
            throw new InputException(location + ": " + e.getMessage(), e);
        }
    }

    private static CosignSignatureLayer parseLayer(InputFile file) throws InputException {
        try {
            return CosignSignatureLayer.parse(file.bytes());
        } catch (SignatureVerificationException e) {
            throw new InputException(file.name() + ": " + e.getMessage(), e);
        }
    }

    private static ArtifactReport verifyCosign(InputFile file, CosignRequest request) throws InputException {
        try {
            return new CosignVerifier().verify(request);
        } catch (SignatureVerificationException e) {
            throw new InputException(file.name() + ": " + e.getMessage(), e);
        }
    }

    /** The statement of an in-toto envelope, read for its provenance columns; empty when it is not one. */
    private static Optional<InTotoStatement> statement(DsseEnvelope envelope) {
        if (!DsseEnvelope.IN_TOTO_PAYLOAD_TYPE.equals(envelope.payloadType())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InTotoStatement.parse(envelope.payload()));
        } catch (AttestationVerificationException e) {
            return Optional.empty();
        }
    }
}
