package dev.evidex.verification.artifact.attestation;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/** An in-toto subject: a name and its digests by algorithm ({@code sha256}, or others like {@code gce_image_id}). */
public record Subject(String name, Map<String, String> digest) {
    public Subject {
        requireNonNull(name, "name is null");
        digest = Map.copyOf(requireNonNull(digest, "digest is null"));
    }
}
