package dev.evidex.collector.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.collector.sbom.SbomPackage;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Real package lists, vulnerabilities and rules, derived from the shared fixtures (Syft SBOMs,
 * Trivy and Semgrep reports) and shipped as a resource so the demo runs anywhere.
 */
public record DemoCatalog(Map<String, List<SbomPackage>> images, List<Vulnerability> vulnerabilities, List<Rule> rules) {
    /** A vulnerability as Trivy reported it. */
    public record Vulnerability(String id, String packageName, String installedVersion, String fixedVersion,
            String severity, String title) {}

    /** A Semgrep rule hit as Semgrep reported it. */
    public record Rule(String checkId, String severity, String message, String path, int line) {}

    static final String RESOURCE = "/dev/evidex/collector/demo/catalog.json";

    public DemoCatalog {
        images = Map.copyOf(images);
        vulnerabilities = List.copyOf(vulnerabilities);
        rules = List.copyOf(rules);
    }

    public static DemoCatalog load() {
        try (InputStream in = DemoCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo catalog " + RESOURCE + " is missing from the build");
            }
            return parse(Json.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DemoCatalog parse(JsonNode root) {
        Map<String, List<SbomPackage>> images = new LinkedHashMap<>();
        root.path("images").fields().forEachRemaining(entry -> {
            List<SbomPackage> packages = new ArrayList<>();
            for (JsonNode row : entry.getValue().path("packages")) {
                packages.add(new SbomPackage(row.get(0).asText(), optional(row.get(1).asText()), optional(row.get(2).asText()),
                        optional(row.get(3).asText()), optional(row.get(4).asText())));
            }
            images.put(entry.getKey(), packages);
        });
        List<Vulnerability> vulnerabilities = new ArrayList<>();
        for (JsonNode row : root.path("vulnerabilities")) {
            vulnerabilities.add(new Vulnerability(row.get(0).asText(), row.get(1).asText(), row.get(2).asText(),
                    row.get(3).asText(), row.get(4).asText(), row.get(5).asText()));
        }
        List<Rule> rules = new ArrayList<>();
        for (JsonNode row : root.path("rules")) {
            rules.add(new Rule(row.get(0).asText(), row.get(1).asText(), row.get(2).asText(), row.get(3).asText(),
                    row.get(4).asInt()));
        }
        return new DemoCatalog(images, vulnerabilities, rules);
    }

    private static Optional<String> optional(String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
