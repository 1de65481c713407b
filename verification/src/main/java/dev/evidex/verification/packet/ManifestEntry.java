package dev.evidex.verification.packet;

import static java.util.Objects.requireNonNull;

/** One listed entry: its path in the ZIP, its role, its size and SHA-256 (lowercase hex). */
public record ManifestEntry(String path, EntryRole role, long size, String sha256) {
    public ManifestEntry {
        requireNonNull(path, "path is null");
        requireNonNull(role, "role is null");
        requireNonNull(sha256, "sha256 is null");
    }
}
