package dev.evidex.collector.spool;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/** A spooled submission: its records (canonical lines) and artifact files, durable on local disk. */
public record SpoolEntry(Path directory, String log, String contentDigest, List<byte[]> recordLines,
        List<Path> artifactFiles) {
    public SpoolEntry {
        requireNonNull(directory, "directory is null");
        requireNonNull(log, "log is null");
        requireNonNull(contentDigest, "contentDigest is null");
        recordLines = List.copyOf(requireNonNull(recordLines, "recordLines is null"));
        artifactFiles = List.copyOf(requireNonNull(artifactFiles, "artifactFiles is null"));
    }
}
