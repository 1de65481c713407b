package dev.evidex.verification.packet.verify;

import java.util.Optional;

/** Entry names a packet may hold: relative, forward slashes, printable ASCII, no dot segments. */
final class EntryNames {
    static final int MAX_LENGTH = 512;

    private EntryNames() {}

    /** Why a name is refused, or empty when it is acceptable. */
    static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("has an empty name");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("has a name longer than " + MAX_LENGTH + " characters");
        }
        if (name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':')) {
            return Optional.of("has an absolute path");
        }
        if (name.indexOf('\\') >= 0) {
            return Optional.of("contains a backslash");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return Optional.of("contains a character outside printable ASCII (" + String.format("U+%04X", (int) c) + ")");
            }
        }
        if (name.endsWith("/")) {
            return Optional.of("is a directory entry");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of("contains '..' (path traversal)");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                return Optional.of("has an empty or '.' path segment");
            }
        }
        return Optional.empty();
    }
}
