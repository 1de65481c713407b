package dev.evidex.collector.cluster;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared real-world samples (system property {@code evidex.fixtures}); tests skip visibly without them. */
public final class ClusterFixtures {
    private ClusterFixtures() {}

    public static Path gatekeeper(String name) {
        String root = System.getProperty("evidex.fixtures", "");
        Path file = Path.of(root, "gatekeeper", name);
        assumeTrue(!root.isEmpty() && Files.isRegularFile(file),
                "fixture gatekeeper/" + name + " is absent (set -Devidex.fixtures to the shared fixtures directory)");
        return file;
    }
}
