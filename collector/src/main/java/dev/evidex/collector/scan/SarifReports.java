package dev.evidex.collector.scan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** SARIF 2.1.0 from Trivy or Semgrep (or any tool: the driver name becomes the tool). */
public final class SarifReports {
    private SarifReports() {}

    public static ScanReport parse(InputFile file) throws InputException {
        return parse(file, file.json());
    }

    /** Parses an already-read document of {@code file}. */
    public static ScanReport parse(InputFile file, JsonNode root) throws InputException {
        if (!root.isObject() || !root.path("runs").isArray()) {
            throw new InputException(file.name() + ": not a SARIF report (" + ReportDetector.describe(root)
                    + "; expected an object with a runs array)");
        }
        if (root.path("runs").size() == 0) {
            throw new InputException(file.name() + ": SARIF report has no runs");
        }
        List<Finding> findings = new ArrayList<>();
        String tool = null;
        Optional<String> version = Optional.empty();
        int runIndex = 0;
        for (JsonNode run : root.path("runs")) {
            JsonNode driver = run.path("tool").path("driver");
            String name = JsonFields.text(driver, "name").orElseThrow(() -> new InputException(
                    file.name() + ": runs[" + runIndex + "].tool.driver.name is missing"));
            tool = tool == null ? toolName(name) : tool;
            version = version.or(() -> JsonFields.text(driver, "semanticVersion").or(() -> JsonFields.text(driver, "version")));
            Map<String, JsonNode> rules = rules(driver);
            int index = 0;
            for (JsonNode result : JsonFields.array(run, "results")) {
                findings.add(finding(file, toolName(name), rules, result,
                        "runs[" + runIndex + "].results[" + index++ + "]"));
            }
        }
        return new ScanReport(tool, version, ReportFormat.SARIF, Optional.empty(), findings);
    }

    private static String toolName(String driverName) {
        String lower = driverName.toLowerCase(Locale.ROOT);
        if (lower.contains("trivy")) {
            return "trivy";
        }
        return lower.contains("semgrep") ? "semgrep" : lower.replaceAll("[^a-z0-9._-]", "-");
    }

    private static Map<String, JsonNode> rules(JsonNode driver) {
        Map<String, JsonNode> rules = new HashMap<>();
        for (JsonNode rule : JsonFields.array(driver, "rules")) {
            JsonFields.text(rule, "id").ifPresent(id -> rules.put(id, rule));
        }
        return rules;
    }

    private static Finding finding(InputFile file, String tool, Map<String, JsonNode> rules, JsonNode result, String at)
            throws InputException {
        String ruleId = JsonFields.text(result, "ruleId").orElseThrow(
                () -> new InputException(file.name() + ": " + at + ".ruleId is missing"));
        JsonNode location = result.path("locations").path(0).path("physicalLocation");
        String uri = JsonFields.text(location.path("artifactLocation"), "uri").orElse("");
        Optional<Integer> line = JsonFields.integer(location.path("region"), "startLine");
        JsonNode rule = rules.getOrDefault(ruleId, result.path("rule"));
        return new Finding(tool, ruleId, severity(result, rule), Fingerprints.of(tool, ruleId, uri, stableParts(result, line)),
                uri, Optional.empty(), Optional.empty(), Optional.empty(),
                JsonFields.text(result.path("message"), "text").map(text -> text.lines().findFirst().orElse(text)), line);
    }

    /** Partial fingerprints (sorted by name) or, when absent, the start line (evidence format 2.4). */
    private static String stableParts(JsonNode result, Optional<Integer> line) {
        Map<String, String> parts = new TreeMap<>();
        result.path("partialFingerprints").fields().forEachRemaining(entry -> parts.put(entry.getKey(), entry.getValue().asText()));
        if (parts.isEmpty()) {
            return "line:" + line.map(String::valueOf).orElse("");
        }
        StringBuilder text = new StringBuilder();
        parts.forEach((name, value) -> text.append(name).append('=').append(value).append('\u001f'));
        return text.toString();
    }

    /** The CVSS band of {@code security-severity} when the rule has one, else the result or rule level. */
    private static Severity severity(JsonNode result, JsonNode rule) {
        Optional<Severity> scored = JsonFields.text(rule.path("properties"), "security-severity").flatMap(Severity::fromScore);
        if (scored.isPresent()) {
            return scored.get();
        }
        String level = JsonFields.text(result, "level")
                .or(() -> JsonFields.text(rule.path("defaultConfiguration"), "level")).orElse("warning");
        return Severity.fromSarifLevel(level);
    }
}
