package dev.evidex.collector.cluster.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.evidex.collector.aws.AwsSettings;
import dev.evidex.collector.cluster.ClusterFixtures;
import dev.evidex.collector.cluster.CollectorServer;
import dev.evidex.collector.cluster.StoreContents;
import dev.evidex.collector.cluster.StoreContents.TestKey;
import dev.evidex.collector.s3.Retention;
import dev.evidex.collector.s3.S3Clients;
import dev.evidex.collector.s3.S3Location;
import dev.evidex.collector.s3.S3ObjectStore;
import dev.evidex.verification.store.ObjectStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The admission ledger sealed into S3 (an in-process S3-compatible server, the real AWS SDK client). */
class ServeOnS3Test {
    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false)
            .withInitialBuckets("evidence").build();

    @TempDir
    Path directory;

    @Test
    void acknowledgedAdmissionsAreSealedInTheBucketAndVerify() throws Exception {
        Map<String, String> environment = Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "test",
                "AWS_SECRET_ACCESS_KEY", "test", "AWS_ENDPOINT_URL_S3", "http://localhost:" + S3_MOCK.getHttpPort());
        ObjectStore bucket = new S3ObjectStore(S3Clients.create(new AwsSettings(environment), Optional.empty(), List.of()),
                S3Location.parse("s3://evidence/cluster").orElseThrow(), Retention.defaultRetention(), Clock.systemUTC());
        TestKey key = TestKey.generate();
        byte[] denies = Files.readAllBytes(ClusterFixtures.gatekeeper("log-denies-aks-azure-policy.jsonl"));
        byte[] audit = Files.readAllBytes(ClusterFixtures.gatekeeper("k8s-audit/falco-create_nginx_pod_privileged.audit-event.json"));
        try (CollectorServer server = ServerHarness.start(ServerHarness.settings(directory, key, Optional.empty(), false,
                1 << 30, 1 << 20, Optional.empty(), bucket))) {
            HttpClient client = HttpClient.newHttpClient();
            for (String[] request : new String[][] {{"/gatekeeper", new String(denies)}, {"/k8s-audit", new String(audit)}}) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.address().getPort() + request[0]))
                        .header("Authorization", "Bearer " + ServerHarness.TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString(request[1])).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(StoreContents.records(bucket)).hasSize(7)
                .allSatisfy(record -> assertThat(record.path("log").asText()).isEqualTo("cluster-test"));
        assertThat(StoreContents.verify(bucket, key.trust()).failures()).isEmpty();
    }
}
