package dev.evidex.collector.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.evidex.collector.aws.AwsSettings;
import dev.evidex.collector.ci.CiContext;
import dev.evidex.collector.record.Artifact;
import dev.evidex.collector.record.Records;
import dev.evidex.collector.record.Subject;
import dev.evidex.collector.sink.EvidenceWriter;
import dev.evidex.collector.sink.Submission;
import dev.evidex.collector.spool.Spool;
import dev.evidex.collector.support.Cli;
import dev.evidex.collector.support.Fixtures;
import dev.evidex.collector.support.StoreContents;
import dev.evidex.collector.support.TestKeys;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 sink against an in-process S3-compatible server, driven by the real AWS SDK client. */
class S3ObjectStoreTest {
    private static final String BUCKET = "evidence";
    private static final Instant NOW = Instant.parse("2025-05-06T07:08:09Z");

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false)
            .withInitialBuckets(BUCKET).build();

    @TempDir
    Path directory;

    private final RecordingInterceptor interceptor = new RecordingInterceptor();
    private FaultyHttpClient http;
    private ObjectStore store;
    private String prefix;

    private Map<String, String> environment() {
        return Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_ENDPOINT_URL_S3", "http://localhost:" + S3_MOCK.getHttpPort());
    }

    @BeforeEach
    void setUp() {
        http = new FaultyHttpClient(Apache5HttpClient.create());
        S3Client client = S3Clients.create(new AwsSettings(environment()), Optional.of(http), List.of(interceptor));
        prefix = "tenant-" + UUID.randomUUID();
        store = new S3ObjectStore(client, S3Location.parse("s3://" + BUCKET + "/" + prefix).orElseThrow(),
                Retention.defaultRetention(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void sealedBatchesVerifyAndEveryPutCarriesLockRetentionChecksumAndCondition() throws Exception {
        TestKeys keys = TestKeys.create(directory.resolve("keys"));
        EvidenceWriter writer = new EvidenceWriter(store, directory.resolve("staging"),
                Spool.forStore(directory.resolve("spool"), store.describe()), LocalSigner.load(keys.keyFile()),
                Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i < 3; i++) {
            var record = Records.ci("build", NOW, CiContext.empty(), Subject.none());
            record.put("reason", "batch " + i);
            writer.write(new Submission("acme.api", List.of(record),
                    List.of(Artifact.of("raw", "text/plain", ("artifact " + i).getBytes(StandardCharsets.UTF_8))), "run " + i));
        }

        var report = StoreContents.verify(store, keys.trusted());
        assertThat(report.verified()).as(report.toText()).isTrue();
        assertThat(report.records()).isEqualTo(3);
        assertThat(StoreContents.records(store)).hasSize(3);
        assertThat(interceptor.puts).hasSizeGreaterThanOrEqualTo(12).allSatisfy(put -> {
            assertThat(put.header("x-amz-object-lock-mode")).isEqualTo("COMPLIANCE");
            assertThat(Instant.parse(put.header("x-amz-object-lock-retain-until-date")))
                    .isEqualTo(Retention.defaultRetention().retainUntil(NOW))
                    .isAfterOrEqualTo(NOW.atZone(ZoneOffset.UTC).plusYears(7).toInstant());
            assertThat(put.header("If-None-Match")).isEqualTo("*");
            assertThat(put.header("x-amz-checksum-sha256")).isNotBlank();
        });
        for (RecordingInterceptor.Put put : interceptor.puts) {
            String key = java.net.URLDecoder.decode(put.path(), StandardCharsets.UTF_8)
                    .substring(("/" + BUCKET + "/" + prefix + "/").length());
            byte[] bytes = store.read(key, Long.MAX_VALUE).orElseThrow();
            assertThat(put.header("x-amz-checksum-sha256")).as(key)
                    .isEqualTo(Base64.getEncoder().encodeToString(Hashes.sha256(bytes)));
        }
        assertThat(interceptor.puts).anySatisfy(put -> assertThat(put.path()).contains("/seals/acme.api/"));
    }

    @Test
    void throttlingAndServerErrorsAreRetriedWithBackoff() throws Exception {
        http.next(new FaultyHttpClient.Fault(503, "SlowDown"), new FaultyHttpClient.Fault(500, "InternalError"));

        assertThat(store.createIfAbsent("artifacts/sha256/" + "1".repeat(64), new byte[] {1})).isTrue();
        assertThat(http.puts.get()).isEqualTo(3);
    }

    @Test
    void timeoutsAreRetried() throws Exception {
        http.next(FaultyHttpClient.Fault.timeout());

        assertThat(store.createIfAbsent("artifacts/sha256/" + "2".repeat(64), new byte[] {2})).isTrue();
        assertThat(http.puts.get()).isEqualTo(2);
    }

    @Test
    void aPreconditionFailureMeansAnotherWriterWonAndIsNotRetried() throws Exception {
        http.next(new FaultyHttpClient.Fault(412, "PreconditionFailed"));

        assertThat(store.createIfAbsent(StoreKeys.seal("acme.api", 0), new byte[] {3})).isFalse();
        assertThat(http.puts.get()).isEqualTo(1);
    }

    @Test
    void aConditionalWriteConflictIsRetriedUntilDecided() throws Exception {
        http.next(new FaultyHttpClient.Fault(409, "ConditionalRequestConflict"));

        assertThat(store.createIfAbsent(StoreKeys.seal("acme.api", 0), new byte[] {4})).isTrue();
        assertThat(http.puts.get()).isEqualTo(2);
    }

    @Test
    void persistentServerErrorsFailAfterTheAttemptLimit() {
        FaultyHttpClient.Fault[] faults = new FaultyHttpClient.Fault[S3Clients.MAX_ATTEMPTS];
        java.util.Arrays.fill(faults, new FaultyHttpClient.Fault(500, "InternalError"));
        http.next(faults);

        assertThatThrownBy(() -> store.createIfAbsent("artifacts/sha256/" + "5".repeat(64), new byte[] {5}))
                .isInstanceOf(IOException.class);
        assertThat(http.puts.get()).isEqualTo(S3Clients.MAX_ATTEMPTS);
    }

    @Test
    void losingTheRaceForABatchNumberMovesToTheNextOne() throws Exception {
        TestKeys keys = TestKeys.create(directory.resolve("keys"));
        EvidenceWriter writer = new EvidenceWriter(store, directory.resolve("staging"),
                Spool.forStore(directory.resolve("spool"), store.describe()), LocalSigner.load(keys.keyFile()),
                Clock.fixed(NOW, ZoneOffset.UTC));
        var record = Records.ci("build", NOW, CiContext.empty(), Subject.none());
        // The first seal write (batch 0) is answered as if another writer had created it first.
        http.next(new FaultyHttpClient.Fault(412, "PreconditionFailed"));

        var outcome = writer.write(new Submission("acme.web", List.of(record), List.of(), "race"));

        assertThat(outcome.newlyRecorded()).isTrue();
        assertThat(interceptor.puts).anySatisfy(put -> assertThat(put.path()).endsWith("seals/acme.web/000000000000.json"));
    }

    @Test
    void theScanCommandWritesToAnS3Store() throws Exception {
        TestKeys keys = TestKeys.create(directory.resolve("keys"));
        String location = "s3://" + BUCKET + "/cli-" + UUID.randomUUID();

        Cli.Result result = Cli.run(environment(), Clock.systemUTC(), "scan", "--store", location, "--log", "acme.api",
                "--signing-key", keys.reference(), "--spool", directory.resolve("spool").toString(),
                "--tool", "trivy", "--report", Fixtures.file("trivy/trivy-alpine-310.json").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        ObjectStore written = new S3ObjectStore(S3Clients.create(new AwsSettings(environment()), Optional.empty(), List.of()),
                S3Location.parse(location).orElseThrow(), Retention.defaultRetention(), Clock.systemUTC());
        var report = StoreContents.verify(written, keys.trusted());
        assertThat(report.verified()).as(report.toText()).isTrue();
        assertThat(report.records()).isEqualTo(1 + StoreContents.records(written).stream()
                .filter(record -> record.path("stream").asText().equals("finding")).count());
    }

    @Test
    void retentionUnderSixYearsIsRefused() {
        assertThatThrownBy(() -> new Retention(5)).hasMessageContaining("6 years");
        Cli.Result result = Cli.run("push", "--store", "s3://evidence/x", "--log", "x", "--signing-key", "file:none",
                "--retention-years", "5", "--image", "r.example/a:1", "--digest", "sha256:" + "a".repeat(64));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--retention-years");
    }
}
