package dev.evidex.verification.packet;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.merkle.Hashes;

/** Content to write into a packet; its digest is computed once, however often it is listed. */
public final class PacketEntry {
    private final String path;
    private final EntryRole role;
    private final byte[] bytes;
    private ManifestEntry listing;

    public PacketEntry(String path, EntryRole role, byte[] bytes) {
        this.path = requireNonNull(path, "path is null");
        this.role = requireNonNull(role, "role is null");
        this.bytes = requireNonNull(bytes, "bytes is null");
    }

    public String path() {
        return path;
    }

    public EntryRole role() {
        return role;
    }

    /** The content itself (not copied: entries can be tens of megabytes). */
    public byte[] bytes() {
        return bytes;
    }

    public synchronized ManifestEntry listing() {
        if (listing == null) {
            listing = new ManifestEntry(path, role, bytes.length, Hashes.hex(Hashes.sha256(bytes)));
        }
        return listing;
    }
}
