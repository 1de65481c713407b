package dev.evidex.collector.sink;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.record.Artifact;
import dev.evidex.verification.merkle.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One step's evidence: the records of one batch and the artifacts they reference. */
public record Submission(String log, List<ObjectNode> records, List<Artifact> artifacts, String inputs) {
    public Submission {
        requireNonNull(log, "log is null");
        requireNonNull(inputs, "inputs is null");
        records = List.copyOf(requireNonNull(records, "records is null"));
        artifacts = List.copyOf(requireNonNull(artifacts, "artifacts is null"));
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a submission holds at least one record");
        }
    }

    /**
     * The idempotency key: a digest of what the step was given (CI context, subject, options and
     * the digests of its input files), not of the records, which carry the time of ingest and
     * what earlier runs made "known". The same step with the same inputs is recorded once.
     */
    public String contentDigest() {
        return Hashes.hex(Hashes.sha256((log + "\n" + inputs).getBytes(StandardCharsets.UTF_8)));
    }
}
