package dev.evidex.collector.cluster.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/** A container image reference split into the name (with tag) and the pinned digest, if any. */
public record ImageReference(String image, Optional<String> digest) {
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    public ImageReference {
        requireNonNull(image, "image is null");
        requireNonNull(digest, "digest is null");
    }

    /** Parses {@code registry/repo:tag@sha256:hex}; a malformed digest part is kept in the name. */
    public static ImageReference parse(String reference) {
        int at = reference.lastIndexOf('@');
        if (at > 0 && DIGEST.matcher(reference.substring(at + 1)).matches()) {
            return new ImageReference(reference.substring(0, at), Optional.of(reference.substring(at + 1)));
        }
        return new ImageReference(reference, Optional.empty());
    }
}
