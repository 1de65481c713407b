package dev.evidex.collector.sign;

import static java.util.Objects.requireNonNull;

import dev.evidex.collector.record.Artifact;
import dev.evidex.verification.artifact.attestation.InTotoStatement;
import dev.evidex.verification.check.ArtifactReport;
import java.util.List;
import java.util.Optional;

/**
 * One signature or attestation as verified at ingest: the verifier's per-check report, the
 * input artifacts it was read from, where in its file it was found, and its in-toto statement
 * when it has one (read for the provenance columns, never trusted on its own).
 */
public record Verified(ArtifactReport report, List<Artifact> inputs, String location, Optional<InTotoStatement> statement) {
    public Verified {
        requireNonNull(report, "report is null");
        inputs = List.copyOf(requireNonNull(inputs, "inputs is null"));
        requireNonNull(location, "location is null");
        requireNonNull(statement, "statement is null");
    }

    public boolean verified() {
        return report.verified();
    }
}
