package dev.evidex.verification.packet.signature;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The re-check of one signed artifact a packet carries (a Cosign signature, a DSSE attestation, a
 * Sigstore bundle), or of a signature payload whose signature the packet does not carry.
 *
 * @param record   the record that references it, {@code log#index}
 * @param artifact the artifact re-checked, {@code sha256:...}
 * @param kind     cosign-simple-signing, dsse or sigstore-bundle
 * @param trust    what the signature was checked against (key ids and where they came from)
 */
public record SignatureResult(String record, String artifact, String kind, Status status, String detail, String trust) {
    /** Verified and failed say what the re-check found; the other two say why there was none. */
    public enum Status {
        VERIFIED,
        FAILED,
        /** The signature is carried but nothing to check it against is: a failure, never a pass. */
        NO_TRUST_MATERIAL,
        /** The record references a signed payload but the packet (and the store) hold no signature for it. */
        SIGNATURE_NOT_CARRIED;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public SignatureResult {
        requireNonNull(record, "record is null");
        requireNonNull(artifact, "artifact is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(status, "status is null");
        requireNonNull(detail, "detail is null");
        requireNonNull(trust, "trust is null");
    }

    /** Failed and unverifiable signatures fail the packet; a payload without a signature is reported, not passed. */
    public boolean fails() {
        return status == Status.FAILED || status == Status.NO_TRUST_MATERIAL;
    }
}
