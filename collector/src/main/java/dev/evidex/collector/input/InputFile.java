package dev.evidex.collector.input;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A tool output read whole, within a size limit, so that what is parsed is exactly what is stored. */
public record InputFile(Path path, byte[] bytes) {
    /** Largest tool output accepted (a Syft image SBOM with every file is a few MB). */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    public InputFile {
        requireNonNull(path, "path is null");
        requireNonNull(bytes, "bytes is null");
    }

    public static InputFile read(Path path) throws InputException {
        return read(path, DEFAULT_MAX_BYTES);
    }

    /** Reads at most {@code maxBytes}; a larger file is refused before it is parsed. */
    public static InputFile read(Path path, long maxBytes) throws InputException {
        try {
            if (!Files.isRegularFile(path)) {
                throw new InputException(path + ": no such file");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new InputException(path + ": " + size + " bytes, more than the limit of " + maxBytes + " bytes");
            }
            try (InputStream in = Files.newInputStream(path)) {
                // Re-checked while reading: the file may grow between size() and read.
                byte[] bytes = in.readNBytes(maxBytes >= Integer.MAX_VALUE - 8 ? Integer.MAX_VALUE - 8 : (int) maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new InputException(path + ": more than the limit of " + maxBytes + " bytes");
                }
                return new InputFile(path, bytes);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(path + ": no such file", e);
        } catch (IOException e) {
            throw new InputException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses the bytes as JSON with the bounded mapper; errors name the file and the position. */
    public JsonNode json() throws InputException {
        try {
            JsonNode node = Json.mapper().readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new InputException(path + ": empty file, expected JSON");
            }
            return node;
        } catch (IOException e) {
            throw new InputException(path + ": malformed JSON: " + Json.describe(e), e);
        }
    }

    public String name() {
        return path.toString();
    }
}
