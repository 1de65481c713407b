package dev.evidex.collector.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.evidex.verification.artifact.attestation.InTotoStatement;
import dev.evidex.verification.artifact.attestation.SlsaProvenance;
import dev.evidex.verification.json.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** The {@code build_inputs} column: SLSA v1 resolved dependencies or v0.x materials, as {uri, digest}. */
final class BuildInputs {
    private BuildInputs() {}

    static Optional<ArrayNode> of(InTotoStatement statement) {
        JsonNode predicate = statement.predicate();
        JsonNode inputs = switch (statement.predicateType()) {
            case SlsaProvenance.V1 -> predicate.path("buildDefinition").path("resolvedDependencies");
            case SlsaProvenance.V0_2, SlsaProvenance.V0_1 -> predicate.path("materials");
            default -> null;
        };
        if (inputs == null || !inputs.isArray()) {
            return Optional.empty();
        }
        ArrayNode array = Json.mapper().createArrayNode();
        for (JsonNode input : inputs) {
            var item = array.addObject();
            if (input.path("uri").isTextual()) {
                item.put("uri", input.path("uri").asText());
            }
            firstDigest(input.path("digest")).ifPresent(digest -> item.put("digest", digest));
        }
        return Optional.of(array);
    }

    /** One digest as {@code algorithm:hex}: sha256 first, then a git commit as sha1, then the first listed. */
    private static Optional<String> firstDigest(JsonNode digest) {
        if (digest.path("sha256").isTextual()) {
            return Optional.of("sha256:" + digest.path("sha256").asText());
        }
        if (digest.path("gitCommit").isTextual()) {
            return Optional.of("sha1:" + digest.path("gitCommit").asText());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = digest.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isTextual()) {
                return Optional.of(field.getKey() + ":" + field.getValue().asText());
            }
        }
        return Optional.empty();
    }
}
