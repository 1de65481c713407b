package dev.evidex.verification.keys;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;

/** Verification of Evidex's own signatures (seals, packets). */
public final class Signatures {
    /**
     * ECDSA goes through Bouncy Castle's lightweight API with the key's parameters kept per key:
     * the point's precomputation is then reused, which makes verifying tens of thousands of seals
     * under the same key several times faster than the JDK's provider.
     */
    private static final Map<PublicKey, AsymmetricKeyParameter> EC_KEYS = new ConcurrentHashMap<>();

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
        AsymmetricKeyParameter parameters = EC_KEYS.get(key);
        if (parameters == null) {
            try {
                parameters = ECUtil.generatePublicKeyParameter(key);
            } catch (InvalidKeyException e) {
                throw new KeyFormatException("not a usable ECDSA public key: " + e.getMessage(), e);
            }
            if (EC_KEYS.size() < 1024) {
                EC_KEYS.put(key, parameters);
            }
        }
        DSADigestSigner verifier = new DSADigestSigner(new ECDSASigner(), new SHA256Digest());
        verifier.init(false, parameters);
        verifier.update(message, 0, message.length);
        try {
            return verifier.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
