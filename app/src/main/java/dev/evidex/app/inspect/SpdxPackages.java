package dev.evidex.app.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The packages of an SPDX 2.x JSON SBOM, for display (verification is the digest check). */
final class SpdxPackages {
    private SpdxPackages() {}

    static List<SbomPackage> read(byte[] bytes) {
        try {
            JsonNode root = Json.mapper().readTree(bytes);
            List<SbomPackage> packages = new ArrayList<>();
            for (JsonNode node : root.path("packages")) {
                packages.add(new SbomPackage(node.path("name").asText(""), node.path("versionInfo").asText(""),
                        purl(node), license(node), node.path("supplier").asText("")));
            }
            return packages;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String purl(JsonNode node) {
        for (JsonNode reference : node.path("externalRefs")) {
            if ("purl".equals(reference.path("referenceType").asText())) {
                return reference.path("referenceLocator").asText("");
            }
        }
        return "";
    }

    private static String license(JsonNode node) {
        String concluded = node.path("licenseConcluded").asText("");
        return concluded.isEmpty() || concluded.equals("NOASSERTION") ? node.path("licenseDeclared").asText("") : concluded;
    }
}
