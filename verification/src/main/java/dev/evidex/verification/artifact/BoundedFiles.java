package dev.evidex.verification.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads untrusted files whole, but only up to a limit checked before reading. */
public final class BoundedFiles {
    /** Signatures, payloads, envelopes, bundles, keys and trusted roots: 16 MiB. */
    public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;
    /** SBOMs: Syft image SBOMs list thousands of files; 256 MiB. */
    public static final long MAX_SBOM_BYTES = 256L * 1024 * 1024;

    private BoundedFiles() {}

    /**
     * Reads a file after checking its size; also bounds the read itself, since the file may grow
     * between the check and the read.
     *
     * @throws IOException naming the file and the limit when it is too large or unreadable
     */
    public static byte[] read(Path file, long maxBytes, String what) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(what + " " + file + " does not exist or is not a regular file");
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException(what + " " + file + " is " + size + " bytes, over the limit of " + maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw new IOException(what + " " + file + " grew over the limit of " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    public static byte[] readDocument(Path file, String what) throws IOException {
        return read(file, MAX_DOCUMENT_BYTES, what);
    }
}
