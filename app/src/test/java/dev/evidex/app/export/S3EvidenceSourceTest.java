package dev.evidex.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.app.store.S3Evidence;
import dev.evidex.app.testing.FakeS3Server;
import dev.evidex.app.testing.S3Uploads;
import dev.evidex.app.testing.TestStores;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.store.LocalObjectStore;
import dev.evidex.verification.store.ObjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The S3 evidence source reads Object Lock with HeadObject, refuses to trust itself, and stops when cancelled. */
class S3EvidenceSourceTest {
    private static final Instant UNTIL = Instant.parse("2031-12-31T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-05-01T10:15:30.250Z");

    @TempDir
    Path temp;

    @Test
    void readsEachObjectsLockAndListsUnlockedObjectsWithNoMode() throws Exception {
        Path store = TestStores.create(temp);
        List<String> keys = new LocalObjectStore(store).list("seals/").stream().map(ObjectStore.Entry::key).toList();
        String unlocked = keys.get(0);
        try (FakeS3Server server = FakeS3Server.writable("acme-evidence", "evidex/acme", Files.createDirectories(temp.resolve("bucket")))) {
            S3Uploads.upload(server.endpoint(), "acme-evidence", "evidex/acme", store, key -> !key.equals(unlocked), UNTIL);
            try (S3EvidenceSource source = open(server)) {
                JsonNode retention = Json.mapper().readTree(source.retention(keys, () -> false));

                assertThat(retention.path("read_at").asText()).isEqualTo("2026-05-01T10:15:30Z");
                assertThat(retention.path("objects")).hasSize(keys.size());
                for (JsonNode object : retention.path("objects")) {
                    boolean locked = !object.path("key").asText().equals(unlocked);
                    assertThat(object.path("mode").isNull()).isEqualTo(!locked);
                    assertThat(object.path("retain_until").isNull()).isEqualTo(!locked);
                    if (locked) {
                        assertThat(object.path("mode").asText()).isEqualTo("COMPLIANCE");
                        assertThat(object.path("retain_until").asText()).isEqualTo(UNTIL.toString());
                    }
                }
                assertThatThrownBy(() -> source.retention(List.of("seals/none/000000000000.json"), () -> false))
                        .isInstanceOf(ExportException.class).hasMessageContaining("seals/none/000000000000.json vanished");
            }
        }
    }

    @Test
    void cancellingStopsReadingAndTrustMustBeGiven() throws Exception {
        Path store = TestStores.create(temp);
        List<String> keys = new LocalObjectStore(store).list("").stream().map(ObjectStore.Entry::key).toList();
        try (FakeS3Server server = new FakeS3Server("acme-evidence", "evidex/acme", store);
                S3EvidenceSource source = open(server)) {
            AtomicInteger asked = new AtomicInteger();
            assertThatThrownBy(() -> source.retention(keys, () -> asked.incrementAndGet() > 3))
                    .isInstanceOf(CancellationException.class);
            assertThat(keys.size()).isGreaterThan(S3EvidenceSource.PARALLEL_REQUESTS + 3);

            assertThatThrownBy(() -> source.trustedKeys(Optional.empty())).isInstanceOf(ExportException.class)
                    .hasMessageContaining("exporting from s3://acme-evidence/evidex/acme needs the seal keys to trust");
            assertThat(source.trustedKeys(Optional.of(temp.resolve("keys")))).isEqualTo(temp.resolve("keys"));
        }
    }

    private static S3EvidenceSource open(FakeS3Server server) {
        return new S3EvidenceSource(new S3Evidence(Optional.of(server.endpoint())).open("eu-west-1",
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")), "acme-evidence",
                "evidex/acme"), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
