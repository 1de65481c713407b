package dev.evidex.verification.keys;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/** Verification of Evidex's own signatures (seals, packets); ECDSA through {@link EcdsaVerifier}. */
public final class Signatures {
    private Signatures() {}

    /** Whether {@code signature} is a valid signature of {@code message} under {@code key}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) throws KeyFormatException {
        String algorithm = PublicKeys.signatureAlgorithm(key);
        if (key instanceof ECPublicKey) {
            return verifyEcdsa(key, message, signature);
        }
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (java.security.SignatureException e) {
            // Malformed encoding is a failed signature, not a usage error.
            return false;
        } catch (GeneralSecurityException e) {
            throw new KeyFormatException("cannot verify with " + algorithm + ": " + e.getMessage(), e);
        }
    }

    private static boolean verifyEcdsa(PublicKey key, byte[] message, byte[] signature) throws KeyFormatException {
        return EcdsaVerifier.verify(key, new SHA256Digest(), StandardDSAEncoding.INSTANCE, message, signature);
    }
}
