package dev.evidex.collector.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reusable workflow in src/github against GitHub's published workflow schema, plus our own rules. */
class WorkflowTest {
    private static final Path WORKFLOW = Path.of("../src/github/workflows/hipaa-build.yml");
    private static JsonNode workflow;

    @BeforeAll
    static void read() throws Exception {
        workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    }

    @Test
    void validatesAgainstThePublishedWorkflowSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = WorkflowTest.class.getResourceAsStream("/schemas/github-workflow.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }

        Set<ValidationMessage> errors = schema.validate(workflow);

        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaRejectsABrokenWorkflow() throws Exception {
        JsonSchema schema;
        try (InputStream in = WorkflowTest.class.getResourceAsStream("/schemas/github-workflow.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode broken = workflow.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("jobs").path("build")).put("runs-on", 42)
                .put("permisions", "write-all");

        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void isReusableWithDocumentedInputsAndMinimalPermissions() {
        assertThat(workflow.path("on").has("workflow_call")).isTrue();
        workflow.path("on").path("workflow_call").path("inputs").fields().forEachRemaining(input ->
                assertThat(input.getValue().path("description").asText()).as(input.getKey()).isNotBlank());
        assertThat(workflow.path("permissions").isObject() && workflow.path("permissions").isEmpty()).isTrue();
        workflow.path("jobs").fields().forEachRemaining(job -> {
            JsonNode permissions = job.getValue().path("permissions");
            permissions.fields().forEachRemaining(permission -> assertThat(permission.getKey() + ":" + permission.getValue().asText())
                    .isIn("contents:read", "id-token:write"));
        });
    }

    @Test
    void usesOidcFederationAndNoLongLivedSecrets() throws Exception {
        String text = java.nio.file.Files.readString(WORKFLOW);
        assertThat(text).doesNotContain("secrets.").doesNotContain("aws-access-key-id").doesNotContain("AWS_SECRET_ACCESS_KEY");
        assertThat(text).contains("role-to-assume");
    }

    @Test
    void everyStageIsFollowedByAnEvidenceStep() {
        List<String> commands = new ArrayList<>();
        workflow.path("jobs").path("build").path("steps").forEach(step -> commands.add(step.path("run").asText()));
        String all = String.join("\n", commands);
        for (String stage : List.of("$EVIDEX test", "$EVIDEX scan --tool trivy", "$EVIDEX scan --tool semgrep",
                "$EVIDEX sbom", "$EVIDEX sign --service", "$EVIDEX push")) {
            assertThat(all).contains(stage);
        }
    }
}
