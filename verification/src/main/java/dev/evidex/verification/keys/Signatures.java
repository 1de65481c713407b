package dev.evidex.verification.keys;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;

/** Verification of Evidex's own signatures (seals, packets). */
public final class Signatures {
    private Signatures() {}

    /** Whether {@code signature} is a valid signature of {@code message} under {@code key}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) throws KeyFormatException {
        String algorithm = PublicKeys.signatureAlgorithm(key);
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (java.security.SignatureException e) {
            // Malformed DER is a failed signature, not a usage error.
            return false;
        } catch (GeneralSecurityException e) {
            throw new KeyFormatException("cannot verify with " + algorithm + ": " + e.getMessage(), e);
        }
    }
}
