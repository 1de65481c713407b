package dev.evidex.verification.artifact.attestation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An in-toto Statement, v0.1 or v1. The predicate is kept as parsed JSON for the SLSA reader. */
public record InTotoStatement(String type, List<Subject> subjects, String predicateType, JsonNode predicate) {
    public static final Set<String> TYPES = Set.of("https://in-toto.io/Statement/v0.1", "https://in-toto.io/Statement/v1");

    public InTotoStatement {
        requireNonNull(type, "type is null");
        subjects = List.copyOf(requireNonNull(subjects, "subjects is null"));
        requireNonNull(predicateType, "predicateType is null");
        requireNonNull(predicate, "predicate is null");
    }

    public static InTotoStatement parse(byte[] payload) throws AttestationVerificationException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(payload);
        } catch (IOException e) {
            throw new AttestationVerificationException("in-toto statement is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !TYPES.contains(root.path("_type").asText())) {
            throw new AttestationVerificationException("payload is not an in-toto Statement v0.1 or v1 (_type is '"
                    + (root == null ? "" : root.path("_type").asText()) + "')");
        }
        List<Subject> subjects = new ArrayList<>();
        for (JsonNode subject : root.path("subject")) {
            Map<String, String> digests = new LinkedHashMap<>();
            subject.path("digest").fields().forEachRemaining(entry -> digests.put(entry.getKey(), entry.getValue().asText()));
            subjects.add(new Subject(subject.path("name").asText(""), digests));
        }
        if (subjects.isEmpty()) {
            throw new AttestationVerificationException("in-toto statement has no subject");
        }
        return new InTotoStatement(root.path("_type").asText(), subjects, root.path("predicateType").asText(""),
                root.path("predicate"));
    }

    /** True when a subject carries this SHA-256 (compared case-insensitively, as hex). */
    public boolean hasSha256(String hex) {
        return subjects.stream().anyMatch(subject -> hex.equalsIgnoreCase(subject.digest().getOrDefault("sha256", "")));
    }
}
