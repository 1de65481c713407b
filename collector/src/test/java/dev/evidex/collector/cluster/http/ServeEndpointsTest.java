package dev.evidex.collector.cluster.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.collector.cluster.ClusterFixtures;
import dev.evidex.collector.cluster.CollectorServer;
import dev.evidex.collector.cluster.FailingStore;
import dev.evidex.collector.cluster.StoreContents;
import dev.evidex.collector.cluster.StoreContents.TestKey;
import dev.evidex.collector.cluster.ingest.AuditEvents;
import dev.evidex.verification.store.LocalStore;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServeEndpointsTest {
    @TempDir
    Path directory;
    TestKey key;
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void setUp() throws Exception {
        key = TestKey.generate();
    }

    private CollectorServer plain(long spoolMaxBytes, long maxBodyBytes) throws Exception {
        return ServerHarness.start(ServerHarness.settings(directory, key, Optional.empty(), false, spoolMaxBytes,
                maxBodyBytes, Optional.empty()));
    }

    private HttpResponse<String> post(CollectorServer server, String path, Optional<String> token,
            HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path))
                .POST(body);
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(CollectorServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> sealedKeys() throws Exception {
        return StoreContents.records(LocalStore.open(directory.resolve("store")).objects()).stream()
                .map(record -> record.path("detail").path("collector").path("key").asText()).toList();
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("/k8s-audit", "k8s-audit/falco-create_nginx_pod_privileged.audit-event.json", 200, "\"accepted\":1"),
                Arguments.of("/k8s-audit", "k8s-audit/falco-create_kube_system_secret.audit-event.json", 200, "\"dropped\":1"),
                Arguments.of("/gatekeeper", "log-denies-aks-azure-policy.jsonl", 200, "\"accepted\":6"),
                Arguments.of("/gatekeeper", "export-violation_audited.sidecar.log", 200, "\"accepted\":1"),
                Arguments.of("/gatekeeper", "export-violation_audited.docs-example.json", 200, "\"accepted\":1"),
                Arguments.of("/gatekeeper", "audit-log-violation_audited.docs-example.INVALID.json", 400, "was expecting comma"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("fixtures")
    void realSamplesOverHttp(String path, String fixture, int status, String answer) throws Exception {
        byte[] body = Files.readAllBytes(ClusterFixtures.gatekeeper(fixture));
        try (CollectorServer server = plain(1 << 30, 1 << 20)) {
            HttpResponse<String> response = post(server, path, Optional.of(ServerHarness.TOKEN),
                    HttpRequest.BodyPublishers.ofByteArray(body));
            assertThat(response.statusCode()).isEqualTo(status);
            assertThat(response.body()).contains(answer);
        }
        if (status != 200) {
            assertThat(sealedKeys()).as("nothing recorded from a malformed request").isEmpty();
        }
    }

    @Test
    void acknowledgedEventsAreSealedAndRepeatsAreRecordedOnce() throws Exception {
        String batch = AuditEvents.eventList(List.of(AuditEvents.allowedPodCreate("a-1", "nginx"),
                AuditEvents.gatekeeperDenial("a-2", "must-be-signed", "no signature")));
        try (CollectorServer server = plain(1 << 30, 1 << 20)) {
            assertThat(post(server, "/k8s-audit", Optional.of(ServerHarness.TOKEN), HttpRequest.BodyPublishers.ofString(batch))
                    .body()).contains("\"accepted\":2,\"duplicates\":0");
            assertThat(post(server, "/k8s-audit", Optional.of(ServerHarness.TOKEN), HttpRequest.BodyPublishers.ofString(batch))
                    .body()).contains("\"accepted\":0,\"duplicates\":2");
            assertThat(server.metrics().value("events_duplicate_total", "")).isEqualTo(2);
        }
        assertThat(sealedKeys()).containsExactly("audit:a-1", "audit:a-2");
    }

    @Test
    void credentialsMethodsAndSizesAreEnforced() throws Exception {
        String batch = AuditEvents.eventList(List.of(AuditEvents.allowedPodCreate("b-1", "nginx")));
        try (CollectorServer server = plain(1 << 30, 2048)) {
            assertThat(post(server, "/k8s-audit", Optional.empty(), HttpRequest.BodyPublishers.ofString(batch)).statusCode())
                    .isEqualTo(401);
            HttpResponse<String> wrong = post(server, "/gatekeeper", Optional.of("not-the-token"),
                    HttpRequest.BodyPublishers.ofString("{}"));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(get(server, "/k8s-audit").statusCode()).isEqualTo(405);
            String large = AuditEvents.eventList(java.util.stream.IntStream.range(0, 10)
                    .mapToObj(i -> AuditEvents.allowedPodCreate("big-" + i, "nginx")).toList());
            assertThat(post(server, "/k8s-audit", Optional.of(ServerHarness.TOKEN), HttpRequest.BodyPublishers.ofString(large))
                    .statusCode()).isEqualTo(413);
            // Without Content-Length (chunked) the limit holds while reading.
            HttpResponse<String> chunked = post(server, "/k8s-audit", Optional.of(ServerHarness.TOKEN),
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large.getBytes())));
            assertThat(chunked.statusCode()).isEqualTo(413);
            assertThat(server.metrics().render()).contains("evidex_collector_requests_rejected_total{code=\"413\"} 2")
                    .contains("evidex_collector_requests_rejected_total{code=\"401\"} 2");
        }
        assertThat(sealedKeys()).isEmpty();
    }

    @Test
    void aFullSpoolAnswers503WithRetryAfterAndIsNotReady() throws Exception {
        FailingStore down = new FailingStore(LocalStore.open(directory.resolve("store")).objects(), key -> true);
        try (CollectorServer server = ServerHarness.start(ServerHarness.settings(directory, key, Optional.empty(), false,
                500, 1 << 20, Optional.empty(), down))) {
            String first = AuditEvents.eventList(List.of(AuditEvents.allowedPodCreate("c-1", "nginx")));
            assertThat(post(server, "/k8s-audit", Optional.of(ServerHarness.TOKEN), HttpRequest.BodyPublishers.ofString(first))
                    .statusCode()).isEqualTo(200);
            String second = AuditEvents.eventList(List.of(AuditEvents.allowedPodCreate("c-2", "nginx")));
            HttpResponse<String> refused = post(server, "/k8s-audit", Optional.of(ServerHarness.TOKEN),
                    HttpRequest.BodyPublishers.ofString(second));
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(get(server, "/readyz").statusCode()).isEqualTo(503);
            assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);
        }
        // The store comes back: the accepted event is sealed on the next start, the refused one never was accepted.
        try (CollectorServer server = plain(1 << 30, 1 << 20)) {
            assertThat(get(server, "/readyz").body()).isEqualTo("ready\n");
        }
        assertThat(sealedKeys()).containsExactly("audit:c-1");
    }

    @Test
    void metricsArePrometheusText() throws Exception {
        try (CollectorServer server = plain(1 << 30, 1 << 20)) {
            post(server, "/k8s-audit", Optional.of(ServerHarness.TOKEN), HttpRequest.BodyPublishers.ofString(
                    AuditEvents.eventList(List.of(AuditEvents.allowedPodCreate("m-1", "nginx")))));
            HttpResponse<String> metrics = get(server, "/metrics");
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            assertThat(metrics.body())
                    .contains("# TYPE evidex_collector_events_received_total counter")
                    .contains("evidex_collector_events_accepted_total{endpoint=\"k8s-audit\"} 1")
                    .contains("evidex_collector_ack_latency_seconds_count 1")
                    .contains("evidex_collector_spool_queue_events");
        }
    }

    @Test
    void httpsWithBearerTokenOrClientCertificate() throws Exception {
        TestCertificates certificates = new TestCertificates(Files.createDirectories(directory.resolve("tls")));
        SSLContext tls = TlsContexts.server(certificates.serverCertificatePem, certificates.serverKeyPem,
                Optional.of(certificates.caPem));
        try (CollectorServer server = ServerHarness.start(ServerHarness.settings(directory, key, Optional.of(tls), true,
                1 << 30, 1 << 20, Optional.empty()))) {
            URI uri = URI.create("https://127.0.0.1:" + server.address().getPort() + "/k8s-audit");
            String body = AuditEvents.eventList(List.of(AuditEvents.allowedPodCreate("t-1", "nginx")));
            HttpClient anonymous = HttpClient.newBuilder().sslContext(certificates.clientContext(false)).build();
            HttpClient gatekeeper = HttpClient.newBuilder().sslContext(certificates.clientContext(true)).build();
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
            assertThat(anonymous.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            assertThat(anonymous.send(request.copy().header("Authorization", "Bearer " + ServerHarness.TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(gatekeeper.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(anonymous.send(HttpRequest.newBuilder(uri.resolve("/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }
}
