package dev.evidex.verification.artifact.attestation;

/** What bytes a DSSE signer signed. */
public enum SigningConvention {
    /** Standard DSSE: the pre-authentication encoding of payload type and payload. */
    PAE,
    /**
     * The decoded payload itself, hashed with SHA-256 by the signature algorithm: what Google
     * Cloud Build's KMS attestor signs. Accepted only for that document format.
     */
    RAW_PAYLOAD
}
