package dev.evidex.verification.keys;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.InvalidKeyException;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;

/**
 * A signer over a PKCS#8 PEM private key file. Java cannot derive the public key from the private
 * one without curve arithmetic, so the file also holds the {@code PUBLIC KEY} block (as written by
 * {@code evidex-collector keygen}), or a sibling {@code .pub} file does.
 *
 * <p>Signatures are deterministic: ECDSA with RFC 6979 nonces, Ed25519 by design. The same inputs
 * then give the same seal and packet bytes, and no signature depends on the quality of a random
 * source at signing time.
 */
public final class LocalSigner implements Signer {
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";
    private static final long MAX_KEY_FILE_BYTES = 64 * 1024;

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String algorithm;
    private final AsymmetricKeyParameter ecdsaKey;

    public LocalSigner(PrivateKey privateKey, PublicKey publicKey) throws KeyFormatException {
        this.privateKey = requireNonNull(privateKey, "privateKey is null");
        this.publicKey = requireNonNull(publicKey, "publicKey is null");
        this.algorithm = PublicKeys.signatureAlgorithm(publicKey);
        try {
            this.ecdsaKey = publicKey instanceof ECPublicKey ? ECUtil.generatePrivateKeyParameter(privateKey) : null;
        } catch (InvalidKeyException e) {
            throw new KeyFormatException("not a usable ECDSA private key: " + e.getMessage(), e);
        }
    }

    /** Reads a key file written by {@code keygen} (or a PKCS#8 key with a sibling {@code .pub}). */
    public static LocalSigner load(Path file) throws IOException, KeyFormatException {
        if (Files.size(file) > MAX_KEY_FILE_BYTES) {
            throw new KeyFormatException(file + ": key file larger than " + MAX_KEY_FILE_BYTES + " bytes");
        }
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        PublicKey publicKey;
        if (pem.contains("-----BEGIN PUBLIC KEY-----")) {
            publicKey = PublicKeys.parsePem(pem.substring(pem.indexOf("-----BEGIN PUBLIC KEY-----")));
        } else {
            Path sibling = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".pub");
            if (!Files.isRegularFile(sibling)) {
                throw new KeyFormatException(file + ": no PUBLIC KEY block in the file and no " + sibling.getFileName()
                        + " beside it; use a key written by 'evidex-collector keygen'");
            }
            publicKey = PublicKeys.parsePem(Files.readString(sibling, StandardCharsets.US_ASCII));
        }
        return new LocalSigner(parsePrivateKey(pem, file), publicKey);
    }

    static PrivateKey parsePrivateKey(String pem, Path file) throws KeyFormatException {
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
        for (String keyAlgorithm : new String[] {"EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(keyAlgorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException ignored) {
                // try the next type
            }
        }
        throw new KeyFormatException(file + ": private key is neither ECDSA nor Ed25519");
    }

    /** PEM text holding a private key and its public key, as {@code keygen} writes it. */
    public static String toPem(PrivateKey privateKey, PublicKey publicKey) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(privateKey.getEncoded());
        return BEGIN + "\n" + body + "\n" + END + "\n" + PublicKeys.toPem(publicKey);
    }

    @Override
    public PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public byte[] sign(byte[] message) throws SigningException {
        if (ecdsaKey != null) {
            DSADigestSigner signer = new DSADigestSigner(new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest())),
                    new SHA256Digest());
            signer.init(true, ecdsaKey);
            signer.update(message, 0, message.length);
            try {
                return signer.generateSignature();
            } catch (RuntimeException e) {
                throw new SigningException("signing with key " + keyId() + " failed: " + e.getMessage(), e);
            }
        }
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new SigningException("signing with key " + keyId() + " failed: " + e.getMessage(), e);
        }
    }
}
