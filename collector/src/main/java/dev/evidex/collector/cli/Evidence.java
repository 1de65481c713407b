package dev.evidex.collector.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.record.Artifact;
import java.util.List;

/**
 * What one command collected: records, artifacts, what to tell people, its exit code, and a text
 * naming its inputs (options and input file digests) for idempotency.
 */
record Evidence(List<ObjectNode> records, List<Artifact> artifacts, String text, String markdown, int exitCode,
        String inputs) {
    Evidence {
        records = List.copyOf(requireNonNull(records, "records is null"));
        artifacts = List.copyOf(requireNonNull(artifacts, "artifacts is null"));
        requireNonNull(text, "text is null");
        requireNonNull(markdown, "markdown is null");
        requireNonNull(inputs, "inputs is null");
    }
}
