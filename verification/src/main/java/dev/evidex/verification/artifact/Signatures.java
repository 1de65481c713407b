package dev.evidex.verification.artifact;

import dev.evidex.verification.keys.EcdsaVerifier;
import dev.evidex.verification.keys.KeyFormatException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.signers.DSAEncoding;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * Verifies a signature over a message with a public key, trying the encodings real signers
 * produce: ECDSA as ASN.1 DER (Cosign, KMS) or raw r||s (IEEE P1363, as Google's VSA signer
 * writes), RSA PKCS#1 v1.5 or PSS, and Ed25519.
 */
public final class Signatures {
    /** ASN.1 DigestInfo prefix for SHA-256 (RFC 8017 section 9.2). */
    private static final byte[] SHA256_DIGEST_INFO = {0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, (byte) 0x86, 0x48, 0x01,
        0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20};

    private Signatures() {}

    /** True when {@code signature} is a valid signature of {@code message} by {@code key}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (key instanceof ECPublicKey ec) {
            return verifyEcdsa(ec, message, signature);
        }
        for (Signature verifier : verifiersFor(key)) {
            try {
                verifier.initVerify(key);
                verifier.update(message);
                if (verifier.verify(signature)) {
                    return true;
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // a malformed signature for this encoding is a failed verification, try the next one
            }
        }
        return false;
    }

    /**
     * True when {@code signature} signs a message whose SHA-256 is {@code sha256}, for signers
     * that sign a digest (Sigstore message signatures). ECDSA and RSA PKCS#1 v1.5 only: Ed25519
     * cannot sign a pre-computed digest.
     */
    public static boolean verifyDigest(PublicKey key, byte[] sha256, byte[] signature) {
        try {
            if (key instanceof ECPublicKey) {
                Signature verifier = Signature.getInstance("NONEwithECDSA");
                verifier.initVerify(key);
                verifier.update(sha256);
                return verifier.verify(signature);
            }
            if (key instanceof RSAPublicKey) {
                Signature verifier = Signature.getInstance("NONEwithRSA");
                verifier.initVerify(key);
                verifier.update(SHA256_DIGEST_INFO);
                verifier.update(sha256);
                return verifier.verify(signature);
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A human name of the key type, for reports. */
    public static String describe(PublicKey key) {
        if (key instanceof ECPublicKey ec) {
            return "ECDSA P-" + ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof RSAPublicKey rsa) {
            return "RSA-" + rsa.getModulus().bitLength();
        }
        return key.getAlgorithm();
    }

    private static List<Signature> verifiersFor(PublicKey key) {
        try {
            if (key instanceof RSAPublicKey) {
                Signature pss = Signature.getInstance("RSASSA-PSS");
                pss.setParameter(new java.security.spec.PSSParameterSpec("SHA-256", "MGF1",
                        java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
                return List.of(Signature.getInstance("SHA256withRSA"), pss);
            }
            if ("Ed25519".equals(key.getAlgorithm()) || "EdDSA".equals(key.getAlgorithm())) {
                return List.of(Signature.getInstance("Ed25519"));
            }
            return List.of();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides every algorithm used here", e);
        }
    }

    /** ECDSA through Bouncy Castle (several times faster than the JDK's provider for the thousands a packet carries). */
    private static boolean verifyEcdsa(ECPublicKey key, byte[] message, byte[] signature) {
        int bits = key.getParams().getCurve().getField().getFieldSize();
        Digest digest = bits > 384 ? new SHA512Digest() : bits > 256 ? new SHA384Digest() : new SHA256Digest();
        int rawLength = 2 * ((bits + 7) / 8);
        // P1363 signatures have a fixed length and never start with the DER SEQUENCE tag
        DSAEncoding encoding = signature.length == rawLength && signature[0] != 0x30
                ? PlainDSAEncoding.INSTANCE : StandardDSAEncoding.INSTANCE;
        try {
            return EcdsaVerifier.verify(key, digest, encoding, message, signature);
        } catch (KeyFormatException e) {
            return false;
        }
    }
}
