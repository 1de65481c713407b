package dev.evidex.verification.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.verification.artifact.ArtifactFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a timed test: prints the warm parse time of the 2.9 MB Syft log4j image SBOM
 * (5447 files) and heap used; asserts only generous bounds so a slow CI machine never fails.
 * Target: under 1 s warm.
 */
@Tag("benchmark")
class SpdxParseBenchmarkTest {
    private static final int WARM_UP = 5;
    private static final int RUNS = 10;

    @Test
    void log4jImageSbomParsesWarm() throws Exception {
        Path sbom = ArtifactFixtures.folder("spdx").resolve("syft-0.57-spdx22-image-log4j-vuln.json");
        SpdxReader reader = new SpdxReader();
        for (int run = 0; run < WARM_UP; run++) {
            reader.read(sbom);
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        SbomDocument document = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            document = reader.read(sbom);
            long elapsed = System.nanoTime() - start;
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("BENCHMARK spdx log4j image SBOM (%d bytes, %d packages): warm best %d ms, mean %d ms, "
                + "heap after %d MB%n", java.nio.file.Files.size(sbom), document.packages().size(), best / 1_000_000,
                total / RUNS / 1_000_000, (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        assertThat(document.packages()).hasSize(125);
        assertThat(best).isLessThan(30_000_000_000L);
    }
}
