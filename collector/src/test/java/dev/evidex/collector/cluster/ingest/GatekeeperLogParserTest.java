package dev.evidex.collector.cluster.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.cluster.ClusterFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GatekeeperLogParserTest {
    private final ConstraintKinds kinds = new ConstraintKinds();
    private final GatekeeperLogParser parser = new GatekeeperLogParser("prod", kinds,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    static Stream<Arguments> realSamples() {
        return Stream.of(
                Arguments.of("log-denies-aks-azure-policy.jsonl", 6, "admission", "denied"),
                Arguments.of("export-violation_audited.sidecar.log", 1, "policy-audit", ""),
                Arguments.of("export-violation_audited.docs-example.json", 1, "policy-audit", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realSamples")
    void realGatekeeperOutputIngests(String fixture, int records, String stream, String decision) throws Exception {
        Batch batch = parser.parse(Files.readAllBytes(ClusterFixtures.gatekeeper(fixture)));
        assertThat(batch.evidence()).hasSize(records);
        assertThat(batch.dropped()).isEmpty();
        assertThat(batch.evidence()).allSatisfy(evidence -> {
            assertThat(evidence.record().path("stream").asText()).isEqualTo(stream);
            assertThat(evidence.record().path("decision").asText("")).isEqualTo(decision);
            assertThat(evidence.record().path("constraint_kind").asText()).isNotEmpty();
            assertThat(evidence.key()).startsWith("gatekeeper:");
        });
    }

    @Test
    void theInvalidDocumentationExampleIsRejectedWithWhereItBreaks() {
        assertThatThrownBy(() -> parser.parse(Files.readAllBytes(
                ClusterFixtures.gatekeeper("audit-log-violation_audited.docs-example.INVALID.json"))))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("was expecting comma")
                .hasMessageContaining("line 24");
    }

    @Test
    void denyLogLineBecomesAnAdmissionDenialAndTeachesTheConstraintKind() throws Exception {
        Batch batch = parser.parse(Files.readAllBytes(ClusterFixtures.gatekeeper("log-denies-aks-azure-policy.jsonl")));
        ObjectNode record = batch.evidence().get(0).record();
        assertThat(record.path("time").asText()).isEqualTo("2024-08-02T18:14:03.948Z");
        assertThat(record.path("namespace").asText()).isEqualTo("acstor");
        assertThat(record.path("user").asText()).isEqualTo("system:serviceaccount:kube-system:daemon-set-controller");
        assertThat(record.path("reason").asText()).startsWith("Privileged container is not allowed: prereq");
        assertThat(record.path("constraint_name").asText()).isEqualTo("azurepolicy-k8sazurev2noprivilege-686dd8b209a774ba977c");
        assertThat(record.path("resource").asText()).isEqualTo("pods/azurecontainerstorage-prereq-gt58x");
        assertThat(record.path("detail").path("enforcement_action").asText()).isEqualTo("deny");
        assertThat(kinds.kindOf("azurepolicy-k8sazurev2noprivilege-686dd8b209a774ba977c")).contains("K8sAzureV2NoPrivilege");
    }

    @Test
    void exportFormatBehindTheGoLogTimestampUsesTheAuditRunTime() throws Exception {
        ObjectNode record = parser.parse(Files.readAllBytes(ClusterFixtures.gatekeeper("export-violation_audited.sidecar.log")))
                .evidence().get(0).record();
        assertThat(record.path("time").asText()).isEqualTo("2025-03-05T00:37:13Z");
        assertThat(record.path("namespace").asText()).isEqualTo("nginx");
        assertThat(record.path("resource").asText()).isEqualTo("pods/nginx-deployment-2-79479fc6db-7qbnm");
        assertThat(record.path("constraint_name").asText()).isEqualTo("pod-must-have-test");
        assertThat(record.path("detail").path("audit_run").asText()).isEqualTo("2025-03-05T00:37:13Z");
        assertThat(record.path("detail").path("resource_labels").path("app").asText()).isEqualTo("nginx-ingress");
    }

    @Test
    void otherLogLinesAreCountedAndDroppedAndDryRunIsAdmitted() throws Exception {
        String body = "{\"level\":\"info\",\"ts\":1.5,\"msg\":\"starting audit\"}\n"
                + "{\"level\":\"info\",\"ts\":1722622443.5,\"msg\":\"dryrun violation\",\"process\":\"admission\","
                + "\"event_type\":\"violation\",\"constraint_kind\":\"K8sRequiredLabels\",\"constraint_name\":\"cm-must-have-gk\","
                + "\"constraint_action\":\"dryrun\",\"resource_kind\":\"ConfigMap\",\"resource_namespace\":\"gatekeeper-test-playground\","
                + "\"resource_name\":\"bad-cm\",\"request_username\":\"kubernetes-admin\"}\n";
        Batch batch = parser.parse(body.getBytes(StandardCharsets.UTF_8));
        assertThat(batch.dropped()).containsEntry("gatekeeper-other", 1);
        assertThat(batch.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.record().path("decision").asText()).isEqualTo("allowed");
            assertThat(evidence.record().path("resource").asText()).isEqualTo("configmaps/bad-cm");
        });
    }

    @Test
    void theSameLineTwiceHasTheSameKey() throws Exception {
        byte[] body = Files.readAllBytes(ClusterFixtures.gatekeeper("log-denies-aks-azure-policy.jsonl"));
        assertThat(parser.parse(body).evidence().get(3).key()).isEqualTo(parser.parse(body).evidence().get(3).key());
    }

    @Test
    void aViolationWithoutItsTimestampIsMalformed() {
        assertThatThrownBy(() -> parser.parse("{\"event_type\":\"violation\",\"ts\":\"now\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("entry 1: ts must be epoch seconds");
    }
}
