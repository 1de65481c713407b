package dev.evidex.collector.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.sbom.SbomPackage;
import dev.evidex.verification.json.Json;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tool outputs in the tools' own formats (Trivy schema 2, {@code semgrep --json}, Syft SPDX 2.3),
 * built from catalog entries, so the demo drives the same parsers CI ingest uses.
 */
final class SyntheticReports {
    private SyntheticReports() {}

    static byte[] trivy(String artifactName, String target, List<DemoCatalog.Vulnerability> vulnerabilities) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("SchemaVersion", 2);
        root.put("ArtifactName", artifactName);
        root.put("ArtifactType", "container_image");
        ArrayNode results = root.putArray("Results");
        ObjectNode result = results.addObject();
        result.put("Target", target);
        result.put("Class", "os-pkgs");
        ArrayNode array = result.putArray("Vulnerabilities");
        for (DemoCatalog.Vulnerability vulnerability : vulnerabilities) {
            ObjectNode node = array.addObject();
            node.put("VulnerabilityID", vulnerability.id());
            node.put("PkgName", vulnerability.packageName());
            node.put("InstalledVersion", vulnerability.installedVersion());
            if (!vulnerability.fixedVersion().isEmpty()) {
                node.put("FixedVersion", vulnerability.fixedVersion());
            }
            node.put("Severity", vulnerability.severity());
            node.put("Title", vulnerability.title());
        }
        root.putObject("Trivy").put("Version", "0.57.1");
        return bytes(root);
    }

    static byte[] semgrep(List<DemoCatalog.Rule> rules) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("version", "1.84.1");
        ArrayNode results = root.putArray("results");
        for (DemoCatalog.Rule rule : rules) {
            ObjectNode node = results.addObject();
            node.put("check_id", rule.checkId());
            node.put("path", rule.path());
            node.putObject("start").put("line", rule.line()).put("col", 1);
            ObjectNode extra = node.putObject("extra");
            extra.put("severity", rule.severity());
            extra.put("message", rule.message());
            extra.put("fingerprint", Integer.toHexString((rule.checkId() + rule.path()).hashCode()) + "_0");
        }
        root.putArray("errors");
        return bytes(root);
    }

    static byte[] spdx(String name, List<SbomPackage> packages) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("spdxVersion", "SPDX-2.3");
        root.put("dataLicense", "CC0-1.0");
        root.put("SPDXID", "SPDXRef-DOCUMENT");
        root.put("name", name);
        root.put("documentNamespace", "https://evidex.dev/demo/spdx/" + name);
        root.putObject("creationInfo").put("created", "2024-01-01T00:00:00Z").putArray("creators").add("Tool: syft-0.90.0");
        ArrayNode array = root.putArray("packages");
        int index = 0;
        for (SbomPackage sbomPackage : packages) {
            ObjectNode node = array.addObject();
            node.put("name", sbomPackage.name());
            node.put("SPDXID", "SPDXRef-Package-" + index++);
            sbomPackage.version().ifPresent(version -> node.put("versionInfo", version));
            node.put("downloadLocation", "NOASSERTION");
            node.put("licenseConcluded", sbomPackage.license().orElse("NOASSERTION"));
            sbomPackage.supplier().ifPresent(supplier -> node.put("supplier", supplier));
            sbomPackage.purl().ifPresent(purl -> node.putArray("externalRefs").addObject()
                    .put("referenceCategory", "PACKAGE-MANAGER").put("referenceType", "purl").put("referenceLocator", purl));
        }
        root.putArray("relationships").addObject().put("spdxElementId", "SPDXRef-DOCUMENT")
                .put("relationshipType", "DESCRIBES").put("relatedSpdxElement", "SPDXRef-Package-0");
        return bytes(root);
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            return Json.mapper().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
