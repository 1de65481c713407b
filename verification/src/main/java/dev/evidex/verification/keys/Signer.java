package dev.evidex.verification.keys;

import java.security.PublicKey;

/**
 * Something that signs with a private key it may not reveal (a key file, AWS KMS). Signatures
 * are ECDSA P-256/SHA-256 in ASN.1 DER, or Ed25519.
 */
public interface Signer {
    PublicKey publicKey();

    default String keyId() {
        return PublicKeys.keyId(publicKey());
    }

    /** Signs {@code message} (the signer hashes it). */
    byte[] sign(byte[] message) throws SigningException;
}
