package dev.evidex.verification.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bounded first pass over SPDX JSON before java-spdx-library reads it: depth and size limits
 * of Evidex's mapper, the version field the library would otherwise assume, and dangling
 * relationships. Some producers (Syft's SPDX 2.2 writer) emit relationships to elements the document does not
 * contain; java-spdx-library refuses the whole document then. Such relationships carry no
 * information, so they are dropped, and each drop is reported as a warning.
 */
final class SpdxJsonPreflight {
    private SpdxJsonPreflight() {}

    /** The bytes to parse: the original when nothing dangles, else the document without those relationships. */
    static byte[] remove(byte[] json, List<String> warnings) throws SbomException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new SbomException("SBOM is not valid bounded JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new SbomException("SBOM JSON is not an object");
        }
        // the library silently assumes the latest version when it is missing
        if (!root.path("spdxVersion").isTextual()) {
            throw new SbomException("not a readable SPDX 2.x document: required field 'spdxVersion' is missing");
        }
        if (!root.path("relationships").isArray()) {
            return json;
        }
        Set<String> defined = definedIds(root);
        ArrayNode relationships = (ArrayNode) root.path("relationships");
        for (int index = relationships.size() - 1; index >= 0; index--) {
            JsonNode relationship = relationships.get(index);
            String from = relationship.path("spdxElementId").asText("");
            String to = relationship.path("relatedSpdxElement").asText("");
            if (!known(from, defined) || !known(to, defined)) {
                warnings.add("dropped relationship " + from + " " + relationship.path("relationshipType").asText()
                        + " " + to + ": it names an element the document does not contain");
                relationships.remove(index);
            }
        }
        if (warnings.isEmpty()) {
            return json;
        }
        try {
            return Json.mapper().writeValueAsBytes((ObjectNode) root);
        } catch (JsonProcessingException e) {
            throw new SbomException("SBOM could not be re-encoded: " + e.getMessage(), e);
        }
    }

    private static Set<String> definedIds(JsonNode root) {
        Set<String> ids = new HashSet<>();
        ids.add(root.path("SPDXID").asText(""));
        for (String collection : List.of("packages", "files", "snippets", "hasExtractedLicensingInfos")) {
            for (JsonNode element : root.path(collection)) {
                ids.add(element.path("SPDXID").asText(element.path("licenseId").asText("")));
            }
        }
        return ids;
    }

    private static boolean known(String id, Set<String> defined) {
        return defined.contains(id) || id.equals("NONE") || id.equals("NOASSERTION") || id.startsWith("DocumentRef-");
    }
}
