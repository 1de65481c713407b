package dev.evidex.verification.keys;

import java.security.InvalidKeyException;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.DSAEncoding;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;

/**
 * ECDSA verification through Bouncy Castle's lightweight API, with each key's parameters kept:
 * the point's precomputation is then reused. On Java 17 this verifies P-256 signatures 5 to 10
 * times faster than the JDK's provider, which matters for seals (tens of thousands under one key)
 * and for the Cosign signatures a packet carries (thousands under one key).
 */
public final class EcdsaVerifier {
    private static final int MAX_CACHED_KEYS = 1024;
    private static final Map<PublicKey, AsymmetricKeyParameter> KEYS = new ConcurrentHashMap<>();

    private EcdsaVerifier() {}

    /**
     * Whether {@code signature}, in {@code encoding} (DER or IEEE P1363), signs {@code message}
     * hashed with {@code digest} under {@code key}; a malformed signature is a failed one.
     *
     * @throws KeyFormatException if the key is not a usable EC public key
     */
    public static boolean verify(PublicKey key, Digest digest, DSAEncoding encoding, byte[] message, byte[] signature)
            throws KeyFormatException {
        DSADigestSigner verifier = new DSADigestSigner(new ECDSASigner(), digest, encoding);
        verifier.init(false, parameters(key));
        verifier.update(message, 0, message.length);
        try {
            return verifier.verifySignature(signature);
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private static AsymmetricKeyParameter parameters(PublicKey key) throws KeyFormatException {
        AsymmetricKeyParameter parameters = KEYS.get(key);
        if (parameters != null) {
            return parameters;
        }
        try {
            parameters = ECUtil.generatePublicKeyParameter(key);
        } catch (InvalidKeyException e) {
            throw new KeyFormatException("not a usable ECDSA public key: " + e.getMessage(), e);
        }
        if (KEYS.size() < MAX_CACHED_KEYS) {
            KEYS.put(key, parameters);
        }
        return parameters;
    }
}
