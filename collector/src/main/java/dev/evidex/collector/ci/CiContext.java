package dev.evidex.collector.ci;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * Where a CI event happened: the GitHub Actions run that produced it. Every field is optional
 * because the collector also runs outside Actions (options then fill the gaps).
 */
public record CiContext(Optional<String> repository, Optional<String> commitSha, Optional<String> ref,
        Optional<String> workflowRef, Optional<String> runId, Optional<Integer> runAttempt,
        Optional<String> actor, Optional<String> runner) {

    public CiContext {
        requireNonNull(repository, "repository is null");
        requireNonNull(commitSha, "commitSha is null");
        requireNonNull(ref, "ref is null");
        requireNonNull(workflowRef, "workflowRef is null");
        requireNonNull(runId, "runId is null");
        requireNonNull(runAttempt, "runAttempt is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(runner, "runner is null");
    }

    public static CiContext empty() {
        return new CiContext(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Reads the variables GitHub Actions sets for every step. */
    public static CiContext fromEnvironment(Map<String, String> environment) {
        return new CiContext(value(environment, "GITHUB_REPOSITORY"), value(environment, "GITHUB_SHA"),
                value(environment, "GITHUB_REF"), value(environment, "GITHUB_WORKFLOW_REF"),
                value(environment, "GITHUB_RUN_ID"),
                value(environment, "GITHUB_RUN_ATTEMPT").flatMap(CiContext::integer),
                value(environment, "GITHUB_ACTOR"),
                value(environment, "RUNNER_NAME").or(() -> value(environment, "RUNNER_OS")));
    }

    /** This context with every present value of {@code overrides} taking precedence. */
    public CiContext overriddenBy(CiContext overrides) {
        return new CiContext(overrides.repository.or(() -> repository), overrides.commitSha.or(() -> commitSha),
                overrides.ref.or(() -> ref), overrides.workflowRef.or(() -> workflowRef),
                overrides.runId.or(() -> runId), overrides.runAttempt.or(() -> runAttempt),
                overrides.actor.or(() -> actor), overrides.runner.or(() -> runner));
    }

    /** Writes the source columns of evidence format section 2.2. */
    public void writeTo(ObjectNode record) {
        repository.ifPresent(value -> record.put("repository", value));
        commitSha.ifPresent(value -> record.put("commit_sha", value));
        ref.ifPresent(value -> record.put("ref", value));
        workflowRef.ifPresent(value -> record.put("workflow_ref", value));
        runId.ifPresent(value -> record.put("run_id", value));
        runAttempt.ifPresent(value -> record.put("run_attempt", value));
        actor.ifPresent(value -> record.put("actor", value));
        runner.ifPresent(value -> record.put("runner", value));
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(text -> !text.isBlank());
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
