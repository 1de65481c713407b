package dev.evidex.verification.artifact.attestation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What an auditor asks of SLSA provenance, read from v0.1, v0.2 or v1 predicates.
 *
 * @param externalParameters compact JSON of the external parameters (v1) or invocation parameters (v0.x)
 */
public record SlsaProvenance(
        String predicateType,
        Optional<String> builderId,
        Optional<String> buildType,
        Optional<String> sourceRepository,
        Optional<String> sourceCommit,
        Optional<String> externalParameters,
        Optional<String> invocationId) {
    public static final String V0_1 = "https://slsa.dev/provenance/v0.1";
    public static final String V0_2 = "https://slsa.dev/provenance/v0.2";
    public static final String V1 = "https://slsa.dev/provenance/v1";

    public SlsaProvenance {
        requireNonNull(predicateType, "predicateType is null");
        requireNonNull(builderId, "builderId is null");
        requireNonNull(buildType, "buildType is null");
        requireNonNull(sourceRepository, "sourceRepository is null");
        requireNonNull(sourceCommit, "sourceCommit is null");
        requireNonNull(externalParameters, "externalParameters is null");
        requireNonNull(invocationId, "invocationId is null");
    }

    /** The provenance in a statement, or empty when its predicate is not SLSA provenance. */
    public static Optional<SlsaProvenance> from(InTotoStatement statement) {
        JsonNode predicate = statement.predicate();
        return switch (statement.predicateType()) {
            case V1 -> Optional.of(fromV1(predicate));
            case V0_2 -> Optional.of(fromV02(predicate));
            case V0_1 -> Optional.of(fromV01(predicate));
            default -> Optional.empty();
        };
    }

    private static SlsaProvenance fromV1(JsonNode predicate) {
        JsonNode definition = predicate.path("buildDefinition");
        JsonNode source = firstSource(definition.path("resolvedDependencies"));
        Optional<String> repository = text(source.path("uri"))
                .or(() -> text(definition.path("externalParameters").path("workflow").path("repository")));
        return new SlsaProvenance(V1, text(predicate.path("runDetails").path("builder").path("id")),
                text(definition.path("buildType")), repository, commit(source.path("digest")),
                json(definition.path("externalParameters")),
                text(predicate.path("runDetails").path("metadata").path("invocationId")));
    }

    private static SlsaProvenance fromV02(JsonNode predicate) {
        JsonNode configSource = predicate.path("invocation").path("configSource");
        JsonNode source = configSource.path("uri").isTextual() ? configSource : firstSource(predicate.path("materials"));
        return new SlsaProvenance(V0_2, text(predicate.path("builder").path("id")), text(predicate.path("buildType")),
                text(source.path("uri")), commit(source.path("digest")),
                json(predicate.path("invocation").path("parameters")),
                text(predicate.path("metadata").path("buildInvocationId")));
    }

    private static SlsaProvenance fromV01(JsonNode predicate) {
        JsonNode source = firstSource(predicate.path("materials"));
        return new SlsaProvenance(V0_1, text(predicate.path("builder").path("id")),
                text(predicate.path("recipe").path("type")), text(source.path("uri")), commit(source.path("digest")),
                json(predicate.path("recipe").path("arguments")),
                text(predicate.path("metadata").path("buildInvocationId")));
    }

    /** The first material that names a source (has a git commit), else the first material. */
    private static JsonNode firstSource(JsonNode materials) {
        for (JsonNode material : materials) {
            if (commit(material.path("digest")).isPresent()) {
                return material;
            }
        }
        return materials.path(0);
    }

    private static Optional<String> commit(JsonNode digest) {
        return text(digest.path("gitCommit")).or(() -> text(digest.path("sha1")));
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static Optional<String> json(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node.toString());
    }
}
