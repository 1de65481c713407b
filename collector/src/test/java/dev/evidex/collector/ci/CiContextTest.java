package dev.evidex.collector.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CiContextTest {
    @Test
    void readsGithubActionsVariablesWithTheFormatsColumnTypes() {
        CiContext context = CiContext.fromEnvironment(Map.of("GITHUB_REPOSITORY", "acme/api", "GITHUB_SHA", "abc",
                "GITHUB_REF", "refs/heads/main", "GITHUB_WORKFLOW_REF", "acme/api/.github/workflows/b.yml@refs/heads/main",
                "GITHUB_RUN_ID", "42", "GITHUB_RUN_ATTEMPT", "3", "GITHUB_ACTOR", "octocat", "RUNNER_OS", "Linux"));
        ObjectNode record = Json.mapper().createObjectNode();

        context.writeTo(record);

        assertThat(record.path("run_id").isTextual()).isTrue();
        assertThat(record.path("run_attempt").isInt()).isTrue();
        assertThat(record.path("run_attempt").asInt()).isEqualTo(3);
        assertThat(record.path("runner").asText()).isEqualTo("Linux");
        assertThat(record.path("commit_sha").asText()).isEqualTo("abc");
    }

    @Test
    void optionsOverrideTheEnvironment() {
        CiContext environment = CiContext.fromEnvironment(Map.of("GITHUB_REPOSITORY", "acme/api", "GITHUB_ACTOR", "a"));
        CiContext options = CiContext.empty().overriddenBy(new CiContext(Optional.of("acme/web"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        CiContext merged = environment.overriddenBy(options);

        assertThat(merged.repository()).contains("acme/web");
        assertThat(merged.actor()).contains("a");
    }
}
