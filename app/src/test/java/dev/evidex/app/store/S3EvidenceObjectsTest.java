package dev.evidex.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.app.testing.FakeS3Server;
import dev.evidex.app.testing.TestStores;
import dev.evidex.verification.store.LocalObjectStore;
import dev.evidex.verification.store.ObjectStore;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The S3 evidence source, with the real SDK client, reads what the local store holds, key for key. */
class S3EvidenceObjectsTest {
    @TempDir
    Path temp;

    @Test
    void listsAndReadsTheSameObjectsAsTheLocalStoreAndNeverWrites() throws Exception {
        Path store = TestStores.create(temp);
        ObjectStore local = new LocalObjectStore(store);
        try (FakeS3Server server = new FakeS3Server("acme-evidence", "evidex/acme", store);
                S3EvidenceObjects s3 = new S3Evidence(Optional.of(server.endpoint())).open("eu-west-1",
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")),
                        "acme-evidence", "evidex/acme/")) {
            assertThat(s3.listFolders("seals")).containsExactlyInAnyOrderElementsOf(local.listFolders("seals"));
            String log = TestStores.CLUSTER_LOG;
            assertThat(s3.list("seals/" + log + "/")).isNotEmpty().isEqualTo(local.list("seals/" + log + "/"));
            ObjectStore.Entry seal = s3.list("seals/" + log + "/").get(0);
            byte[] expected = local.read(seal.key(), 1 << 20).orElseThrow();
            assertThat(s3.read(seal.key(), 1 << 20)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(expected));
            assertThat(s3.exists(seal.key())).isTrue();
            assertThat(s3.exists("seals/nothing/000000000000.json")).isFalse();
            assertThat(s3.read("artifacts/sha256/" + "0".repeat(64), 1024)).isEmpty();
            assertThat(s3.describe()).isEqualTo("s3://acme-evidence/evidex/acme");
            assertThatThrownBy(() -> s3.createIfAbsent("records/x", new byte[1]))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(server.methods()).containsOnly("GET", "HEAD");
        }
    }
}
