package dev.evidex.app.inspect;

import static java.util.Objects.requireNonNull;

/** An artifact a record references, and whether its bytes matched its digest in this run. */
public record ArtifactLink(String role, String digest, String mediaType, long size, CheckOutcome digestCheck) {
    public ArtifactLink {
        requireNonNull(role, "role is null");
        requireNonNull(digest, "digest is null");
        requireNonNull(mediaType, "mediaType is null");
        requireNonNull(digestCheck, "digestCheck is null");
    }
}
