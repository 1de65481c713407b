package dev.evidex.verification.packet;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.merkle.Hashes;

/** Content to write into a packet. */
public record PacketEntry(String path, EntryRole role, byte[] bytes) {
    public PacketEntry {
        requireNonNull(path, "path is null");
        requireNonNull(role, "role is null");
        requireNonNull(bytes, "bytes is null");
    }

    public ManifestEntry listing() {
        return new ManifestEntry(path, role, bytes.length, Hashes.hex(Hashes.sha256(bytes)));
    }
}
