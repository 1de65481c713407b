package dev.evidex.collector.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Counts the findings of a report with a plain Jackson tree walk, independently of the
 * collector's parsers, so that a parser that drops findings fails the tests.
 */
public final class FindingCounts {
    private FindingCounts() {}

    public static int count(Path report) throws IOException {
        JsonNode root = new ObjectMapper().readTree(report.toFile());
        if (root.isArray()) {
            return trivyResults(root);
        }
        if (root.has("runs")) {
            int total = 0;
            for (JsonNode run : root.get("runs")) {
                total += run.path("results").size();
            }
            return total;
        }
        if (root.has("Results") || root.has("SchemaVersion")) {
            return trivyResults(root.path("Results"));
        }
        return root.path("results").size();
    }

    private static int trivyResults(JsonNode results) {
        int total = 0;
        for (JsonNode result : results) {
            total += result.path("Vulnerabilities").size() + result.path("Misconfigurations").size()
                    + result.path("Secrets").size();
        }
        return total;
    }
}
