package dev.evidex.collector.cli;

import dev.evidex.collector.ci.CiContext;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** CI context options; each overrides the GitHub Actions variable of the same meaning. */
public final class CiOptions {
    @Option(names = "--repository", paramLabel = "OWNER/NAME", description = "Source repository (default: $GITHUB_REPOSITORY).")
    String repository;

    @Option(names = "--commit", paramLabel = "SHA", description = "Commit built (default: $GITHUB_SHA).")
    String commit;

    @Option(names = "--ref", paramLabel = "REF", description = "Git ref (default: $GITHUB_REF).")
    String ref;

    @Option(names = "--workflow-ref", paramLabel = "REF", description = "Workflow ref (default: $GITHUB_WORKFLOW_REF).")
    String workflowRef;

    @Option(names = "--run-id", paramLabel = "ID", description = "Run id (default: $GITHUB_RUN_ID).")
    String runId;

    @Option(names = "--run-attempt", paramLabel = "N", description = "Run attempt (default: $GITHUB_RUN_ATTEMPT).")
    Integer runAttempt;

    @Option(names = "--actor", paramLabel = "LOGIN", description = "Who triggered the run (default: $GITHUB_ACTOR).")
    String actor;

    @Option(names = "--runner", paramLabel = "NAME", description = "Runner (default: $RUNNER_NAME or $RUNNER_OS).")
    String runner;

    public CiContext context(Map<String, String> environment) {
        return CiContext.fromEnvironment(environment).overriddenBy(new CiContext(Optional.ofNullable(repository),
                Optional.ofNullable(commit), Optional.ofNullable(ref), Optional.ofNullable(workflowRef),
                Optional.ofNullable(runId), Optional.ofNullable(runAttempt), Optional.ofNullable(actor),
                Optional.ofNullable(runner)));
    }
}
