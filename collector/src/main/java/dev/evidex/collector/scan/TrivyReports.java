package dev.evidex.collector.scan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Trivy JSON: the SchemaVersion 2 object and the legacy top-level array of results. */
public final class TrivyReports {
    static final String TOOL = "trivy";

    private TrivyReports() {}

    public static ScanReport parse(InputFile file) throws InputException {
        return parse(file, file.json());
    }

    /** Parses an already-read document of {@code file}. */
    public static ScanReport parse(InputFile file, JsonNode root) throws InputException {
        if (root.isArray()) {
            return new ScanReport(TOOL, Optional.empty(), ReportFormat.TRIVY_JSON, Optional.empty(),
                    findings(file, root, ""));
        }
        if (!root.isObject() || !(root.has("SchemaVersion") || root.has("Results") || root.has("ArtifactName"))) {
            throw new InputException(file.name() + ": not a Trivy JSON report (" + ReportDetector.describe(root)
                    + "; expected an object with SchemaVersion and Results, or the legacy array)");
        }
        JsonNode schemaVersion = root.path("SchemaVersion");
        if (!schemaVersion.isMissingNode() && schemaVersion.asInt() != 2) {
            throw new InputException(file.name() + ": Trivy SchemaVersion " + schemaVersion + " is not supported (expected 2)");
        }
        Optional<String> version = JsonFields.text(root.path("Trivy"), "Version");
        return new ScanReport(TOOL, version, ReportFormat.TRIVY_JSON, JsonFields.text(root, "ArtifactName"),
                findings(file, root.path("Results"), "Results"));
    }

    private static List<Finding> findings(InputFile file, JsonNode results, String path) throws InputException {
        if (!results.isMissingNode() && !results.isNull() && !results.isArray()) {
            throw new InputException(file.name() + ": " + path + " must be an array");
        }
        List<Finding> findings = new ArrayList<>();
        int index = 0;
        for (JsonNode result : results.isArray() ? results : List.<JsonNode>of()) {
            String where = (path.isEmpty() ? "" : path) + "[" + index++ + "]";
            if (!result.isObject()) {
                throw new InputException(file.name() + ": " + where + " must be an object with Target");
            }
            String target = JsonFields.text(result, "Target").orElseThrow(
                    () -> new InputException(file.name() + ": " + where + ".Target is missing"));
            addVulnerabilities(file, result, target, where, findings);
            addOthers(file, result, target, where, findings);
        }
        return findings;
    }

    private static void addVulnerabilities(InputFile file, JsonNode result, String target, String where,
            List<Finding> findings) throws InputException {
        int index = 0;
        for (JsonNode vulnerability : JsonFields.array(result, "Vulnerabilities")) {
            String at = where + ".Vulnerabilities[" + index++ + "]";
            String id = required(file, vulnerability, "VulnerabilityID", at);
            String name = required(file, vulnerability, "PkgName", at);
            String installed = JsonFields.text(vulnerability, "InstalledVersion").orElse("");
            findings.add(new Finding(TOOL, id, Severity.fromTrivy(vulnerability.path("Severity").asText(null)),
                    Fingerprints.of(TOOL, id, name, installed, target), target, Optional.of(name),
                    Optional.of(installed).filter(text -> !text.isEmpty()), JsonFields.text(vulnerability, "FixedVersion"),
                    JsonFields.text(vulnerability, "Title"), Optional.empty()));
        }
    }

    /** Misconfigurations and secrets: no package, so the package fields of the fingerprint stay empty. */
    private static void addOthers(InputFile file, JsonNode result, String target, String where,
            List<Finding> findings) throws InputException {
        int index = 0;
        for (JsonNode misconfiguration : JsonFields.array(result, "Misconfigurations")) {
            String at = where + ".Misconfigurations[" + index++ + "]";
            String id = JsonFields.text(misconfiguration, "ID").or(() -> JsonFields.text(misconfiguration, "AVDID"))
                    .orElseThrow(() -> new InputException(file.name() + ": " + at + ".ID is missing"));
            findings.add(new Finding(TOOL, id, Severity.fromTrivy(misconfiguration.path("Severity").asText(null)),
                    Fingerprints.of(TOOL, id, "", "", target), target, Optional.empty(), Optional.empty(),
                    Optional.empty(), JsonFields.text(misconfiguration, "Title"), Optional.empty()));
        }
        index = 0;
        for (JsonNode secret : JsonFields.array(result, "Secrets")) {
            String at = where + ".Secrets[" + index++ + "]";
            String id = required(file, secret, "RuleID", at);
            Optional<Integer> line = JsonFields.integer(secret, "StartLine");
            findings.add(new Finding(TOOL, id, Severity.fromTrivy(secret.path("Severity").asText(null)),
                    Fingerprints.of(TOOL, id, "", line.map(String::valueOf).orElse(""), target), target,
                    Optional.empty(), Optional.empty(), Optional.empty(), JsonFields.text(secret, "Title"), line));
        }
    }

    private static String required(InputFile file, JsonNode node, String field, String at) throws InputException {
        return JsonFields.text(node, field).orElseThrow(
                () -> new InputException(file.name() + ": " + at + "." + field + " is missing"));
    }
}
