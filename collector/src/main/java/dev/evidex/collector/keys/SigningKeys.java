package dev.evidex.collector.keys;

import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.keys.Signer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Resolves a {@code --signing-key} reference, in the URI forms Cosign uses:
 * {@code file:KEY.pem} (or a plain path) and {@code awskms:///alias/NAME}.
 */
public final class SigningKeys {
    private SigningKeys() {}

    public static Signer resolve(String reference) throws IOException, KeyFormatException {
        if (reference.startsWith("awskms://")) {
            throw new KeyFormatException("AWS KMS signing keys are not available in this build: " + reference);
        }
        String path = reference.startsWith("file:") ? reference.substring("file:".length()) : reference;
        return LocalSigner.load(Path.of(path));
    }
}
