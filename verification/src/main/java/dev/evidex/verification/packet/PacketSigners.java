package dev.evidex.verification.packet;

import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.PublicKeys;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.keys.SigningException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;

/**
 * Packet signers over local key files. ECDSA signatures use RFC 6979 deterministic nonces and
 * Ed25519 is deterministic by design, so the same inputs and time give a byte-identical packet
 * (a randomized signature inside the ZIP would change its bytes on every export).
 */
public final class PacketSigners {
    private static final long MAX_KEY_FILE_BYTES = 64 * 1024;
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";
    private static final String BEGIN_PUBLIC = "-----BEGIN PUBLIC KEY-----";

    private PacketSigners() {}

    /** Reads a key file written by {@code evidex-collector keygen} (PKCS#8 private key and its public key). */
    public static Signer load(Path file) throws IOException, KeyFormatException {
        if (Files.size(file) > MAX_KEY_FILE_BYTES) {
            throw new KeyFormatException(file + ": key file larger than " + MAX_KEY_FILE_BYTES + " bytes");
        }
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        int publicStart = pem.indexOf(BEGIN_PUBLIC);
        if (publicStart < 0) {
            throw new KeyFormatException(file + ": no PUBLIC KEY block; use a key written by 'evidex-collector keygen'");
        }
        return deterministic(privateKey(pem, file), PublicKeys.parsePem(pem.substring(publicStart)));
    }

    /** A deterministic signer for a key pair held in memory. */
    public static Signer deterministic(PrivateKey privateKey, PublicKey publicKey) throws KeyFormatException {
        PublicKeys.signatureAlgorithm(publicKey);
        if (publicKey instanceof ECPublicKey) {
            try {
                return new Rfc6979Signer(ECUtil.generatePrivateKeyParameter(privateKey), publicKey);
            } catch (InvalidKeyException e) {
                throw new KeyFormatException("not a usable ECDSA private key: " + e.getMessage(), e);
            }
        }
        return new Ed25519Signer(privateKey, publicKey);
    }

    private static PrivateKey privateKey(String pem, Path file) throws KeyFormatException {
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new KeyFormatException(file + ": not a PKCS#8 PEM private key (expected '" + BEGIN + "')");
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(pem.substring(begin + BEGIN.length(), end).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException(file + ": private key has invalid base64", e);
        }
        for (String algorithm : new String[] {"EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException ignored) {
                // the key type is not known before parsing; try the next one
            }
        }
        throw new KeyFormatException(file + ": private key is neither ECDSA nor Ed25519");
    }

    private record Rfc6979Signer(AsymmetricKeyParameter privateKey, PublicKey publicKey) implements Signer {
        @Override
        public byte[] sign(byte[] message) throws SigningException {
            DSADigestSigner signer = new DSADigestSigner(new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest())),
                    new SHA256Digest());
            signer.init(true, privateKey);
            signer.update(message, 0, message.length);
            try {
                return signer.generateSignature();
            } catch (RuntimeException e) {
                throw new SigningException("ECDSA signing failed: " + e.getMessage(), e);
            }
        }
    }

    private record Ed25519Signer(PrivateKey privateKey, PublicKey publicKey) implements Signer {
        @Override
        public byte[] sign(byte[] message) throws SigningException {
            try {
                Signature signature = Signature.getInstance("Ed25519");
                signature.initSign(privateKey);
                signature.update(message);
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new SigningException("Ed25519 signing failed: " + e.getMessage(), e);
            }
        }
    }
}
