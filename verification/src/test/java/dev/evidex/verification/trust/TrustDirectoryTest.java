package dev.evidex.verification.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.verification.keys.PublicKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import dev.evidex.verification.keys.KeyPurpose;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustDirectoryTest {
    @TempDir
    Path trust;

    private PublicKey imageKey;

    @BeforeEach
    void writeTrustDirectory() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        imageKey = generator.generateKeyPair().getPublic();
        Files.createDirectories(trust.resolve("keys"));
        Files.createDirectories(trust.resolve("roots"));
        Files.writeString(trust.resolve("keys/image-2026.json"), """
                {"key_id":"%s","algorithm":"ECDSA_P256_SHA256","public_key":"%s",
                 "purposes":["image-signing","attestation-signing"],
                 "not_before":"2026-01-01T00:00:00Z","not_after":"2027-01-01T00:00:00Z","revoked_at":"2026-06-01T00:00:00Z"}
                """.formatted(PublicKeys.keyId(imageKey), PublicKeys.toPem(imageKey).replace("\n", "\\n")));
        Files.writeString(trust.resolve("identities.json"), """
                {"identities":[{"subject_alternative_name":"https://github.com/org/repo/.github/workflows/release.yml@refs/heads/main",
                  "issuer":"https://token.actions.githubusercontent.com","purposes":["attestation-signing"]}]}
                """);
        Files.writeString(trust.resolve("roots/public-good.json"), "{}");
    }

    @Test
    void keysAreTrustedOnlyForTheirPurposesInsideTheirWindowBeforeRevocation() throws Exception {
        TrustConfiguration configuration = TrustDirectory.read(trust);

        assertThat(configuration.keysFor(KeyPurpose.IMAGE_SIGNING, Instant.parse("2026-03-01T00:00:00Z"))).containsExactly(imageKey);
        assertThat(configuration.keysFor(KeyPurpose.SEAL_SIGNING, Instant.parse("2026-03-01T00:00:00Z"))).isEmpty();
        assertThat(configuration.keysFor(KeyPurpose.IMAGE_SIGNING, Instant.parse("2025-12-31T23:59:59Z"))).isEmpty();
        assertThat(configuration.keysFor(KeyPurpose.IMAGE_SIGNING, Instant.parse("2026-06-01T00:00:00Z"))).isEmpty();
        assertThat(configuration.identitiesFor(KeyPurpose.ATTESTATION_SIGNING)).singleElement()
                .extracting(TrustedIdentity::issuer).isEqualTo("https://token.actions.githubusercontent.com");
        assertThat(configuration.trustedRoots()).containsExactly(trust.resolve("roots/public-good.json"));
    }

    @Test
    void keyIdThatIsNotTheKeysFingerprintIsRejected() throws Exception {
        Path file = trust.resolve("keys/image-2026.json");
        Files.writeString(file, Files.readString(file).replace(PublicKeys.keyId(imageKey), "sha256:" + "0".repeat(64)));

        assertThatThrownBy(() -> TrustDirectory.read(trust)).isInstanceOf(TrustConfigurationException.class)
                .hasMessageContaining("image-2026.json: key archive entry declares key id sha256:000");
    }

    @Test
    void unknownPurposeIsRejected() throws Exception {
        Path file = trust.resolve("keys/image-2026.json");
        Files.writeString(file, Files.readString(file).replace("\"image-signing\"", "\"everything\""));

        assertThatThrownBy(() -> TrustDirectory.read(trust)).hasMessageContaining("unknown key purpose 'everything'");
    }

    @Test
    void missingWindowStartIsRejected() throws Exception {
        Path file = trust.resolve("keys/image-2026.json");
        Files.writeString(file, Files.readString(file).replace("\"not_before\":\"2026-01-01T00:00:00Z\",", ""));

        assertThatThrownBy(() -> TrustDirectory.read(trust)).hasMessageContaining("missing string field 'not_before'");
    }

    @Test
    void pemGarbageIsRejected() throws Exception {
        Files.writeString(trust.resolve("keys/garbage.json"), """
                {"key_id":"sha256:00","public_key":"-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----","purposes":["seal-signing"],
                 "not_before":"2026-01-01T00:00:00Z"}
                """);

        assertThatThrownBy(() -> TrustDirectory.read(trust)).hasMessageContaining("garbage.json: public key is not a valid");
    }
}
