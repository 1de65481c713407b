package dev.evidex.collector.cluster.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.cluster.ClusterFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditEventParserTest {
    private final ConstraintKinds kinds = new ConstraintKinds();
    private final AuditEventParser parser = new AuditEventParser("prod", AdmissionPolicy.defaults(), kinds);

    static Stream<Arguments> realSamples() {
        return Stream.of(
                Arguments.of("k8s-audit/falco-create_nginx_pod_privileged.audit-event.json", 1, Map.of()),
                Arguments.of("k8s-audit/falco-create_kube_system_secret.audit-event.json", 0, Map.of("resource", 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realSamples")
    void realAuditEventsAreRecordedOrDroppedByPolicy(String fixture, int recorded, Map<String, Integer> dropped)
            throws Exception {
        Batch batch = parser.parse(Files.readAllBytes(ClusterFixtures.gatekeeper(fixture)));
        assertThat(batch.received()).isEqualTo(1);
        assertThat(batch.evidence()).hasSize(recorded);
        assertThat(batch.dropped()).isEqualTo(dropped);
    }

    @Test
    void v1beta1PodCreationCarriesWhoWhatWhereAndTheImage() throws Exception {
        Batch batch = parser.parse(Files.readAllBytes(
                ClusterFixtures.gatekeeper("k8s-audit/falco-create_nginx_pod_privileged.audit-event.json")));
        Evidence evidence = batch.evidence().get(0);
        ObjectNode record = evidence.record();
        assertThat(evidence.key()).isEqualTo("audit:a362d22b-db3c-4590-9505-23782f12925f");
        assertThat(record.path("stream").asText()).isEqualTo("admission");
        assertThat(record.path("source_kind").asText()).isEqualTo("cluster");
        assertThat(record.path("cluster").asText()).isEqualTo("prod");
        assertThat(record.path("time").asText()).isEqualTo("2018-10-25T14:09:12.581Z");
        assertThat(record.path("namespace").asText()).isEqualTo("default");
        assertThat(record.path("user").asText()).isEqualTo("system:serviceaccount:kube-system:replicaset-controller");
        assertThat(record.path("decision").asText()).isEqualTo("allowed");
        assertThat(record.path("response_code").asInt()).isEqualTo(201);
        assertThat(record.path("operation").asText()).isEqualTo("CREATE");
        assertThat(record.path("resource").asText()).isEqualTo("pods/nginx-deployment-5cdcc99dbf-rgw6z");
        assertThat(record.path("image").asText()).isEqualTo("nginx");
        assertThat(record.has("digest")).isFalse();
        assertThat(record.path("detail").path("groups").toString()).contains("system:serviceaccounts:kube-system");
        assertThat(record.path("detail").path("stage").asText()).isEqualTo("ResponseComplete");
    }

    @Test
    void gatekeeperDenialNamesTheWebhookConstraintAndImagesWithDigests() throws Exception {
        kinds.learn("must-be-signed", "EvidexSignedImages");
        String body = AuditEvents.eventList(List.of(AuditEvents.gatekeeperDenial("4f1c7e1a-0000-4000-8000-000000000001",
                "must-be-signed", "image registry.example/shop:1.2 has no verified signature")));
        ObjectNode record = parser.parse(body.getBytes(StandardCharsets.UTF_8)).evidence().get(0).record();
        assertThat(record.path("decision").asText()).isEqualTo("denied");
        assertThat(record.path("response_code").asInt()).isEqualTo(403);
        assertThat(record.path("reason").asText()).startsWith("admission webhook \"validation.gatekeeper.sh\" denied the request");
        assertThat(record.path("constraint_name").asText()).isEqualTo("must-be-signed");
        assertThat(record.path("constraint_kind").asText()).isEqualTo("EvidexSignedImages");
        assertThat(record.path("detail").path("webhook").asText()).isEqualTo("validation.gatekeeper.sh");
        assertThat(record.path("detail").path("denied_by").asText()).isEqualTo("admission-webhook");
        assertThat(record.path("resource").asText()).isEqualTo("deployments/shop");
        assertThat(record.path("user").asText()).isEqualTo("alice@example.com");
        assertThat(record.path("detail").path("images")).hasSize(2);
        assertThat(record.path("image").asText()).isEqualTo("busybox:1.36");
        assertThat(record.path("detail").path("images").get(1).path("digest").asText()).isEqualTo("sha256:" + "a".repeat(64));
        assertThat(record.path("detail").path("images").get(1).path("image").asText()).isEqualTo("registry.example/shop:1.2");
    }

    @Test
    void eventsThatAreNotAdmissionDecisionsAreCountedByReason() throws Exception {
        String body = AuditEvents.eventList(List.of(
                AuditEvents.event("id-1", "RequestReceived", "create", "pods", "a", 0, "", ""),
                AuditEvents.event("id-2", "ResponseComplete", "get", "pods", "a", 200, "", ""),
                AuditEvents.event("id-3", "ResponseComplete", "create", "configmaps", "a", 201, "", ""),
                "{\"auditID\":\"id-4\",\"stage\":\"ResponseComplete\",\"verb\":\"get\",\"requestURI\":\"/healthz\","
                        + "\"stageTimestamp\":\"2026-03-01T10:00:00Z\"}",
                AuditEvents.allowedPodCreate("id-5", "nginx@sha256:" + "b".repeat(64))));
        Batch batch = parser.parse(body.getBytes(StandardCharsets.UTF_8));
        assertThat(batch.received()).isEqualTo(5);
        assertThat(batch.dropped()).isEqualTo(Map.of("stage", 1, "verb", 1, "resource", 1, "non-resource", 1));
        assertThat(batch.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.record().path("digest").asText()).isEqualTo("sha256:" + "b".repeat(64));
            assertThat(evidence.record().path("image").asText()).isEqualTo("nginx");
        });
    }

    @Test
    void aConfigurablePolicyRecordsMoreResources() throws Exception {
        AuditEventParser wide = new AuditEventParser("prod", new AdmissionPolicy(java.util.Set.of("configmaps"),
                AdmissionPolicy.DEFAULT_VERBS, AdmissionPolicy.DEFAULT_STAGES), kinds);
        String body = AuditEvents.eventList(List.of(AuditEvents.event("id-3", "ResponseComplete", "create", "configmaps", "a", 201, "", "")));
        assertThat(wide.parse(body.getBytes(StandardCharsets.UTF_8)).evidence()).hasSize(1);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("{\"kind\":\"EventList\",", "invalid JSON"),
                Arguments.of("[]", "expected an audit.k8s.io EventList object"),
                Arguments.of("{\"kind\":\"EventList\",\"apiVersion\":\"audit.k8s.io/v2\",\"items\":[]}", "apiVersion 'audit.k8s.io/v2'"),
                Arguments.of("{\"kind\":\"PodList\",\"apiVersion\":\"audit.k8s.io/v1\",\"items\":[]}", "neither EventList nor Event"),
                Arguments.of("{\"kind\":\"EventList\",\"apiVersion\":\"audit.k8s.io/v1\",\"items\":{}}", "items must be an array"),
                Arguments.of(AuditEvents.eventList(List.of(AuditEvents.allowedPodCreate("ok-1", "nginx"),
                        "{\"stage\":\"ResponseComplete\",\"verb\":\"create\"}")), "items[1].auditID is required"),
                Arguments.of(AuditEvents.eventList(List.of(AuditEvents.allowedPodCreate("bad id with spaces", "nginx"))),
                        "items[0].auditID is not a valid audit id"),
                Arguments.of(AuditEvents.eventList(List.of("{\"auditID\":\"x\",\"stage\":\"ResponseComplete\",\"verb\":\"create\","
                        + "\"stageTimestamp\":\"yesterday\"}")), "is not an RFC 3339 time"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("malformed")
    void malformedBodiesAreRejectedWholeWithTheReason(String body, String message) {
        assertThatThrownBy(() -> parser.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining(message);
    }
}
