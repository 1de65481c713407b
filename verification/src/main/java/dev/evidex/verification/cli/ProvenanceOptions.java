package dev.evidex.verification.cli;

import dev.evidex.verification.artifact.attestation.ProvenancePolicy;
import picocli.CommandLine.Option;

/** SLSA policy options shared by {@code attestation} and {@code bundle}. */
public final class ProvenanceOptions {
    @Option(names = "--builder-id", paramLabel = "ID",
            description = "Expected SLSA builder id; without @ref any ref of that builder matches.")
    String builderId;

    @Option(names = "--source-repo", paramLabel = "URI", description = "Expected source repository, e.g. github.com/org/repo.")
    String sourceRepository;

    ProvenancePolicy policy() {
        ProvenancePolicy policy = ProvenancePolicy.none();
        policy = builderId == null ? policy : policy.withBuilderId(builderId);
        return sourceRepository == null ? policy : policy.withSourceRepository(sourceRepository);
    }
}
