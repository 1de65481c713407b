package dev.evidex.collector.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.collector.keys.SigningKeys;
import dev.evidex.collector.support.Cli;
import dev.evidex.collector.support.StoreContents;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.PublicKeys;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.keys.TrustedKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real SDK KMS client against a local endpoint that signs like KMS. */
class KmsSignerTest {
    @TempDir
    Path directory;

    private static Map<String, String> environment(FakeKmsServer server) {
        return Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_ENDPOINT_URL_KMS", server.endpoint());
    }

    @Test
    void signsDigestsWithEcdsaSha256ThatVerifyUnderTheKmsPublicKey() throws Exception {
        try (FakeKmsServer server = new FakeKmsServer("ECC_NIST_P256")) {
            Signer signer = SigningKeys.resolve("awskms:///alias/evidex-seal", environment(server));
            byte[] message = "evidex.dev/log/acme.api\n1\n".getBytes(StandardCharsets.UTF_8);

            byte[] signature = signer.sign(message);

            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(server.key.getPublic());
            verifier.update(message);
            assertThat(verifier.verify(signature)).isTrue();
            assertThat(signer.keyId()).isEqualTo(PublicKeys.keyId(server.key.getPublic()));
            assertThat(server.signRequests).singleElement().satisfies(request -> {
                assertThat(request.path("KeyId").asText()).isEqualTo("alias/evidex-seal");
                assertThat(request.path("MessageType").asText()).isEqualTo("DIGEST");
                assertThat(request.path("SigningAlgorithm").asText()).isEqualTo("ECDSA_SHA_256");
            });
        }
    }

    @Test
    void aStoreSealedWithKmsVerifies() throws Exception {
        try (FakeKmsServer server = new FakeKmsServer("ECC_NIST_P256")) {
            Path store = directory.resolve("store");

            Cli.Result result = Cli.run(environment(server), Clock.systemUTC(), "push", "--store", store.toString(),
                    "--log", "acme.api", "--signing-key", "awskms:///alias/evidex-seal",
                    "--spool", directory.resolve("spool").toString(),
                    "--image", "registry.example/acme/api:1", "--digest", "sha256:" + "e".repeat(64));

            assertThat(result.exitCode()).as(result.err()).isZero();
            TrustedKeys trusted = TrustedKeys.of(List.of(new KeyArchiveEntry(server.key.getPublic(),
                    List.of(KeyPurpose.SEAL_SIGNING), Instant.parse("2020-01-01T00:00:00Z"), Optional.empty(), Optional.empty())));
            var report = StoreContents.verify(store, trusted);
            assertThat(report.verified()).as(report.toText()).isTrue();
            assertThat(report.records()).isEqualTo(1);
        }
    }

    @Test
    void aKeyThatIsNotP256IsRefused() throws Exception {
        try (FakeKmsServer server = new FakeKmsServer("RSA_2048")) {
            assertThatThrownBy(() -> SigningKeys.resolve("awskms:///alias/evidex-seal", environment(server)))
                    .isInstanceOf(KeyFormatException.class).hasMessageContaining("ECC_NIST_P256");
        }
    }

    @Test
    void referencesParseInCosignsForms() {
        assertThat(AwsKmsReference.parse("awskms:///alias/evidex-seal"))
                .isEqualTo(new AwsKmsReference(Optional.empty(), "alias/evidex-seal"));
        assertThat(AwsKmsReference.parse("awskms://kms.local:4566/arn:aws:kms:us-east-1:1:key/abc"))
                .isEqualTo(new AwsKmsReference(Optional.of("kms.local:4566"), "arn:aws:kms:us-east-1:1:key/abc"));
        assertThatThrownBy(() -> AwsKmsReference.parse("awskms:///alias/")).isInstanceOf(IllegalArgumentException.class);
    }
}
