package dev.evidex.verification.packet.signature;

import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.cosign.CosignRequest;
import dev.evidex.verification.artifact.cosign.CosignSignatureLayer;
import dev.evidex.verification.artifact.cosign.CosignVerifier;
import dev.evidex.verification.artifact.cosign.SignatureVerificationException;
import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.keys.TrustedKeys;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Re-checks, offline, the signatures a packet's records carry, with issue 3's verifiers: Cosign
 * simple signing here, DSSE attestations and Sigstore bundles in {@link AttestationRechecks}.
 * Every carried signature gets a result; none is skipped because its trust material is missing.
 */
public final class SignatureChecks {
    static final String OCTET_STREAM = "application/octet-stream";

    private final SignatureTrust trust;

    public SignatureChecks(Optional<TrustedKeys> trustedKeys) {
        this.trust = new SignatureTrust(trustedKeys);
    }

    /** @param artifacts the packet's artifact bytes by digest ({@code sha256:...}); empty when not carried */
    public List<SignatureResult> check(SignedRecord record, Function<String, Optional<byte[]>> artifacts) {
        List<SignatureResult> results = new ArrayList<>(cosign(record, artifacts));
        results.addAll(new AttestationRechecks(trust).check(record, artifacts));
        return results;
    }

    private List<SignatureResult> cosign(SignedRecord record, Function<String, Optional<byte[]>> artifacts) {
        List<String> payloads = record.artifacts("signature-payload", Optional.empty());
        List<String> signatures = record.artifacts("signature", Optional.empty());
        List<String> layers = record.artifacts("raw", Optional.of(OCTET_STREAM)).stream()
                .filter(digest -> artifacts.apply(digest).map(CosignSignatureLayer::isLayer).orElse(false)).toList();
        if (signatures.isEmpty() && layers.isEmpty()) {
            return payloads.stream().map(payload -> result(record, payload, SignatureResult.Status.SIGNATURE_NOT_CARRIED,
                    "the record references this signed payload but no signature: there is nothing to re-check "
                            + "(its ingest-time verdict rests on the sealed record only)", "none")).toList();
        }
        String signed = signatures.isEmpty() ? layers.get(0) : signatures.get(0);
        try {
            byte[] payload;
            String signature;
            Optional<String> rekorBundle = record.artifacts("raw", Optional.of("application/json")).stream().findFirst()
                    .flatMap(artifacts).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
            if (signatures.isEmpty()) {
                CosignSignatureLayer layer = CosignSignatureLayer.parse(artifacts.apply(signed).orElseThrow());
                payload = layer.payload();
                signature = layer.signatureBase64();
                rekorBundle = rekorBundle.or(layer::rekorBundle);
            } else if (payloads.isEmpty() || artifacts.apply(payloads.get(0)).isEmpty()) {
                return List.of(result(record, signed, SignatureResult.Status.FAILED, "the signed payload is not in the packet", "none"));
            } else {
                payload = artifacts.apply(payloads.get(0)).orElseThrow();
                signature = new String(artifacts.apply(signed).orElseThrow(), StandardCharsets.US_ASCII).trim();
            }
            return List.of(cosign(record, signed, payload, signature, rekorBundle, artifacts));
        } catch (SignatureVerificationException | java.util.NoSuchElementException e) {
            return List.of(result(record, signed, SignatureResult.Status.FAILED,
                    "cannot be read: " + (e.getMessage() == null ? "artifact missing" : e.getMessage()), "none"));
        }
    }

    private SignatureResult cosign(SignedRecord record, String signed, byte[] payload, String signature,
            Optional<String> rekorBundle, Function<String, Optional<byte[]>> artifacts) throws SignatureVerificationException {
        Optional<String> digest = record.imageDigest();
        if (digest.isEmpty()) {
            return result(record, signed, SignatureResult.Status.FAILED, "the record names no image digest to check the payload against", "none");
        }
        List<SignatureTrust.Key> keys = trust.keys(record, artifacts);
        if (keys.isEmpty()) {
            return noTrust(record, signed, CosignVerifier.KIND);
        }
        Optional<PublicKey> rekorKey = trust.rekorKey(record, artifacts);
        ArtifactReport first = null;
        for (SignatureTrust.Key key : keys) {
            ArtifactReport report = new CosignVerifier().verify(new CosignRequest(payload, signature, key.key(),
                    Sha256Digest.parse(digest.get()), rekorBundle, rekorKey));
            if (report.verified()) {
                return new SignatureResult(record.name(), signed, CosignVerifier.KIND, SignatureResult.Status.VERIFIED,
                        "signature over the payload of image " + digest.get() + " verifies", key.describe());
            }
            first = first == null ? report : first;
        }
        return new SignatureResult(record.name(), signed, CosignVerifier.KIND, SignatureResult.Status.FAILED,
                failedChecks(first), keys.stream().map(SignatureTrust.Key::describe).collect(Collectors.joining(", ")));
    }

    static String failedChecks(ArtifactReport report) {
        return report.failedChecks().stream().map(check -> check.name() + ": " + check.detail())
                .collect(Collectors.joining("; "));
    }

    static SignatureResult noTrust(SignedRecord record, String artifact, String kind) {
        return new SignatureResult(record.name(), artifact, kind, SignatureResult.Status.NO_TRUST_MATERIAL,
                "no key or trusted root to check it with: the record references none and --trusted-keys holds no "
                        + "image- or attestation-signing key valid at " + record.time().map(Object::toString).orElse("its time"),
                "none");
    }

    private static SignatureResult result(SignedRecord record, String artifact, SignatureResult.Status status, String detail,
            String trust) {
        return new SignatureResult(record.name(), artifact, CosignVerifier.KIND, status, detail, trust);
    }
}
