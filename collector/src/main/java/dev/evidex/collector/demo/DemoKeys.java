package dev.evidex.collector.demo;

import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.keys.SigningException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The demo's two seal-signing keys: the first valid until the rotation, the second after it, as
 * a real deployment rotates its KMS key. Derived from the seed so the same seed gives the same keys.
 */
final class DemoKeys {
    private final LocalSigner first;
    private final LocalSigner second;
    private final Instant rotation;
    private final List<KeyArchiveEntry> entries;
    private final KeyPair imageSigning;
    private final LocalSigner imageSigner;
    private final KeyArchiveEntry imageSigningEntry;

    DemoKeys(long seed, Instant start, Instant rotation) throws GeneralSecurityException, KeyFormatException {
        KeyPair firstPair = pair(seed, 1);
        KeyPair secondPair = pair(seed, 2);
        this.first = new LocalSigner(firstPair.getPrivate(), firstPair.getPublic());
        this.second = new LocalSigner(secondPair.getPrivate(), secondPair.getPublic());
        this.rotation = rotation;
        this.imageSigning = pair(seed, 3);
        this.imageSigner = new LocalSigner(imageSigning.getPrivate(), imageSigning.getPublic());
        Instant notBefore = start.minusSeconds(86_400);
        this.imageSigningEntry = new KeyArchiveEntry(imageSigning.getPublic(), List.of(KeyPurpose.IMAGE_SIGNING),
                notBefore, Optional.empty(), Optional.empty());
        this.entries = List.of(
                new KeyArchiveEntry(firstPair.getPublic(), List.of(KeyPurpose.SEAL_SIGNING), notBefore,
                        Optional.of(rotation), Optional.empty()),
                new KeyArchiveEntry(secondPair.getPublic(), List.of(KeyPurpose.SEAL_SIGNING), rotation,
                        Optional.empty(), Optional.empty()));
    }

    private static KeyPair pair(long seed, int index) throws GeneralSecurityException {
        // SHA1PRNG seeded before first use is deterministic; fine for demo keys, never for real ones.
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed((seed * 31 + index) ^ 0x5DEECE66DL);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    List<KeyArchiveEntry> archiveEntries() {
        return entries;
    }

    Instant rotation() {
        return rotation;
    }

    PublicKey imageSigningKey() {
        return imageSigning.getPublic();
    }

    /** Signs images and attestations, as the pipeline's Cosign KMS key does. */
    Signer imageSigner() {
        return imageSigner;
    }

    /** The image-signing key for the verifier's trust folder (it signs no seals, so it is not in the store's archive). */
    KeyArchiveEntry imageSigningEntry() {
        return imageSigningEntry;
    }

    /** The key id ({@code sha256:<hex>}) of the seal key valid at {@code time}. */
    String sealKeyId(Instant time) {
        return (time.isBefore(rotation) ? first : second).keyId();
    }

    /** Signs with the key valid at the clock's time. */
    Signer rotatingSigner(Clock clock) {
        return new Signer() {
            private Signer current() {
                return clock.instant().isBefore(rotation) ? first : second;
            }

            @Override
            public PublicKey publicKey() {
                return current().publicKey();
            }

            @Override
            public byte[] sign(byte[] message) throws SigningException {
                return current().sign(message);
            }
        };
    }
}
