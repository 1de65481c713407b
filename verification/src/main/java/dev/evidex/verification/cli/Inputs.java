package dev.evidex.verification.cli;

import dev.evidex.verification.artifact.BoundedFiles;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.PublicKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;

/** Reads command inputs with limits and turns every failure into an {@link InputException}. */
final class Inputs {
    private Inputs() {}

    static byte[] bytes(Path file, String what) throws InputException {
        try {
            return BoundedFiles.readDocument(file, what);
        } catch (IOException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    static String text(Path file, String what) throws InputException {
        return new String(bytes(file, what), StandardCharsets.UTF_8);
    }

    static PublicKey key(Path pem, String what) throws InputException {
        try {
            return PublicKeys.parsePem(text(pem, what));
        } catch (KeyFormatException e) {
            throw new InputException(what + " " + pem + ": " + e.getMessage(), e);
        }
    }

    static Sha256Digest digest(String text, String option) throws InputException {
        try {
            return Sha256Digest.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(option + ": " + e.getMessage(), e);
        }
    }

    static Sha256Digest digestOf(Path file) throws InputException {
        try {
            return Sha256Digest.of(file);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
