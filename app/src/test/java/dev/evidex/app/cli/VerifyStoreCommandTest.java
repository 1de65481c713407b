package dev.evidex.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.testing.FakeS3Server;
import dev.evidex.app.testing.S3Uploads;
import dev.evidex.app.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code evidex verify-store --s3}: a store uploaded into the in-process S3 server, verified reading only. */
class VerifyStoreCommandTest {
    private static final String BUCKET = "acme-evidence";
    private static final String PREFIX = "evidex/acme";

    @TempDir
    Path temp;

    private Path bucket;
    private FakeS3Server s3;

    @BeforeEach
    void upload() throws Exception {
        Path store = TestStores.create(temp.resolve("source"));
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "secret");
        bucket = Files.createDirectories(temp.resolve("bucket"));
        s3 = FakeS3Server.writable(BUCKET, PREFIX, bucket);
        S3Uploads.upload(s3.endpoint(), BUCKET, PREFIX, store, key -> true, Instant.parse("2033-01-31T00:00:00Z"));
        s3.forgetRequests();
    }

    @AfterEach
    void stop() {
        s3.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private CommandResult verify(String location, String... extra) {
        String[] args = {"verify-store", "--s3", location, "--region", "eu-west-1", "--s3-endpoint",
            s3.endpoint().toString(), "--trusted-keys", temp.resolve("source/keys").toString()};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return CommandResult.run(all);
    }

    @Test
    void aStoreInTheBucketVerifiesReadingOnly() {
        CommandResult result = verify("s3://" + BUCKET + "/" + PREFIX);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("VERIFIED: s3://" + BUCKET + "/" + PREFIX)
                .contains(TestStores.CI_LOG, TestStores.CLUSTER_LOG);
        assertThat(s3.methods()).contains("GET").isSubsetOf("GET", "HEAD");
    }

    @Test
    void aTamperedBatchObjectFailsAndIsNamed() throws Exception {
        String key = bucket.relativize(TestStores.tamper(bucket, TestStores.CLUSTER_LOG)).toString();

        CommandResult result = verify("s3://" + BUCKET + "/" + PREFIX, "--json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("\"verified\" : false").contains(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not an S3 location     | /tmp/store                   | --s3 must be s3://BUCKET/PREFIX
            a prefix with no store | s3://acme-evidence/elsewhere | holds no seals/: not an evidence store
            another bucket         | s3://other-bucket/evidex     | cannot read s3://other-bucket/evidex
            """)
    void whatIsNotAStoreIsAUsageError(String situation, String location, String message) {
        CommandResult result = verify(location);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(message);
        assertThat(result.out()).isEmpty();
    }
}
