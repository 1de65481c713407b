package dev.evidex.verification.testing;

import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.LocalSigner;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Fresh signing keys for tests. */
public final class TestKeys {
    private TestKeys() {}

    public static KeyPair ecdsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LocalSigner signer(KeyPair pair) {
        try {
            return new LocalSigner(pair.getPrivate(), pair.getPublic());
        } catch (KeyFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyArchiveEntry sealKey(KeyPair pair, Instant notBefore, Optional<Instant> notAfter) {
        return new KeyArchiveEntry(pair.getPublic(), List.of(KeyPurpose.SEAL_SIGNING), notBefore, notAfter, Optional.empty());
    }
}
