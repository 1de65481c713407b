package dev.evidex.collector.kms;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.PublicKeys;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.keys.SigningException;
import dev.evidex.verification.merkle.Hashes;
import java.security.PublicKey;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.GetPublicKeyResponse;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.SignResponse;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;

/**
 * Signs seals with an AWS KMS asymmetric key (ECC_NIST_P256): the SHA-256 digest is computed here
 * and KMS signs it ({@code MessageType.DIGEST}), so records never leave the runner. The private key
 * never leaves KMS; the public key is read once with {@code GetPublicKey}.
 */
public final class KmsSigner implements Signer {
    private final KmsClient client;
    private final String keyId;
    private final PublicKey publicKey;

    private KmsSigner(KmsClient client, String keyId, PublicKey publicKey) {
        this.client = client;
        this.keyId = keyId;
        this.publicKey = publicKey;
    }

    /** Looks the key up and checks that it is a P-256 signing key. */
    public static KmsSigner open(KmsClient client, String keyId) throws KeyFormatException {
        requireNonNull(client, "client is null");
        requireNonNull(keyId, "keyId is null");
        GetPublicKeyResponse response;
        try {
            response = client.getPublicKey(request -> request.keyId(keyId));
        } catch (SdkException e) {
            throw new KeyFormatException("AWS KMS key " + keyId + ": cannot read its public key: " + e.getMessage(), e);
        }
        if (response.keySpec() != KeySpec.ECC_NIST_P256 || response.keyUsage() != KeyUsageType.SIGN_VERIFY) {
            throw new KeyFormatException("AWS KMS key " + keyId + " is " + response.keySpecAsString() + "/"
                    + response.keyUsageAsString() + "; seals need an ECC_NIST_P256 SIGN_VERIFY key");
        }
        PublicKey key = PublicKeys.parseDer(response.publicKey().asByteArray());
        PublicKeys.signatureAlgorithm(key);
        return new KmsSigner(client, keyId, key);
    }

    @Override
    public PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public byte[] sign(byte[] message) throws SigningException {
        try {
            SignResponse response = client.sign(request -> request.keyId(keyId)
                    .message(SdkBytes.fromByteArray(Hashes.sha256(message)))
                    .messageType(MessageType.DIGEST)
                    .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256));
            return response.signature().asByteArray();
        } catch (SdkException e) {
            throw new SigningException("AWS KMS key " + keyId + ": Sign failed: " + e.getMessage(), e);
        }
    }
}
