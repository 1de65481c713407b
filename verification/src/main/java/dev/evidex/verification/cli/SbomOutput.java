package dev.evidex.verification.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.sbom.ComponentQuery;
import dev.evidex.verification.sbom.SbomDocument;
import dev.evidex.verification.sbom.SbomPackage;
import java.util.List;
import java.util.Optional;

/** Text and JSON renderings of an SBOM and the packages a query matched. */
final class SbomOutput {
    private SbomOutput() {}

    static String text(SbomDocument document, Optional<ComponentQuery> query) {
        StringBuilder text = new StringBuilder();
        text.append(document.specVersion()).append(' ').append(document.name()).append('\n')
                .append("  namespace: ").append(document.namespace()).append('\n')
                .append("  created: ").append(document.created()).append(" by ").append(document.creators()).append('\n')
                .append("  describes: ").append(document.describedRoots().isEmpty() ? "(not declared)"
                        : String.join(", ", document.describedRoots())).append('\n');
        document.warnings().forEach(warning -> text.append("  warning: ").append(warning).append('\n'));
        List<SbomPackage> packages = query.map(found -> found.find(document)).orElse(document.packages());
        text.append(query.isPresent() ? "  matches for " + query.get().component()
                + query.get().range().map(range -> " " + range.text()).orElse("") + ": " + packages.size()
                : "  packages: " + packages.size()).append('\n');
        for (SbomPackage found : packages) {
            text.append("    ").append(found.name()).append(' ').append(found.version().orElse("(no version)"))
                    .append(' ').append(found.purl().orElse("(no purl)")).append(" license=")
                    .append(found.declaredLicense().orElse("-")).append('\n');
        }
        return text.toString();
    }

    static String json(SbomDocument document, Optional<ComponentQuery> query) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("spdx_version", document.specVersion());
        root.put("name", document.name());
        root.put("namespace", document.namespace());
        root.put("created", document.created());
        document.creators().forEach(root.withArray("creators")::add);
        document.tools().forEach(root.withArray("tools")::add);
        document.describedRoots().forEach(root.withArray("described")::add);
        document.warnings().forEach(root.withArray("warnings")::add);
        root.put("package_count", document.packages().size());
        packages(root.putArray("packages"), document.packages());
        query.ifPresent(found -> packages(root.putArray("matches"), found.find(document)));
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }

    private static void packages(ArrayNode array, List<SbomPackage> packages) {
        for (SbomPackage found : packages) {
            ObjectNode node = array.addObject();
            node.put("spdx_id", found.spdxId());
            node.put("name", found.name());
            found.version().ifPresent(version -> node.put("version", version));
            found.purl().ifPresent(purl -> node.put("purl", purl));
            found.declaredLicense().ifPresent(license -> node.put("license_declared", license));
            found.concludedLicense().ifPresent(license -> node.put("license_concluded", license));
            found.supplier().ifPresent(supplier -> node.put("supplier", supplier));
            found.cpes().forEach(node.withArray("cpes")::add);
        }
    }
}
