package dev.evidex.collector.scan;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** One finding of a scan report, with its stable fingerprint (evidence format 2.4). */
public record Finding(String tool, String findingId, Severity severity, String fingerprint, String target,
        Optional<String> packageName, Optional<String> packageVersion, Optional<String> fixedVersion,
        Optional<String> title, Optional<Integer> line) {

    public Finding {
        requireNonNull(tool, "tool is null");
        requireNonNull(findingId, "findingId is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(fingerprint, "fingerprint is null");
        requireNonNull(target, "target is null");
        requireNonNull(packageName, "packageName is null");
        requireNonNull(packageVersion, "packageVersion is null");
        requireNonNull(fixedVersion, "fixedVersion is null");
        requireNonNull(title, "title is null");
        requireNonNull(line, "line is null");
    }
}
