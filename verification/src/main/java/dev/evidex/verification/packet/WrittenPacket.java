package dev.evidex.verification.packet;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** A packet on disk: where, its SHA-256 and size, its manifest and the key that signed it. */
public record WrittenPacket(Path path, String sha256, long size, PacketManifest manifest, String exporterKeyId) {
    public WrittenPacket {
        requireNonNull(path, "path is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(manifest, "manifest is null");
        requireNonNull(exporterKeyId, "exporterKeyId is null");
    }
}
