package dev.evidex.collector.keys;

import dev.evidex.collector.aws.AwsSettings;
import dev.evidex.collector.kms.AwsKmsReference;
import dev.evidex.collector.kms.KmsClients;
import dev.evidex.collector.kms.KmsSigner;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.keys.Signer;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Resolves a {@code --signing-key} reference, in the URI forms Cosign uses:
 * {@code file:KEY.pem} (or a plain path) and {@code awskms:///alias/NAME}.
 */
public final class SigningKeys {
    private SigningKeys() {}

    public static Signer resolve(String reference) throws IOException, KeyFormatException {
        return resolve(reference, System.getenv());
    }

    public static Signer resolve(String reference, Map<String, String> environment) throws IOException, KeyFormatException {
        if (AwsKmsReference.isKms(reference)) {
            AwsKmsReference kms;
            try {
                kms = AwsKmsReference.parse(reference);
            } catch (IllegalArgumentException e) {
                throw new KeyFormatException(e.getMessage(), e);
            }
            return KmsSigner.open(KmsClients.create(kms, new AwsSettings(environment)), kms.keyId());
        }
        String path = reference.startsWith("file:") ? reference.substring("file:".length()) : reference;
        try {
            return LocalSigner.load(Path.of(path));
        } catch (NoSuchFileException e) {
            throw new KeyFormatException("signing key " + path + ": no such file", e);
        }
    }
}
