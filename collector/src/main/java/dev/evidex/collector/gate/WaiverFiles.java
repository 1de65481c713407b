package dev.evidex.collector.gate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A waiver file: {@code {"waivers": [{"fingerprint", "justification", "approver", "expires"}]}}.
 * {@code expires} is an RFC 3339 time or a date (the waiver then holds through that UTC day).
 */
public final class WaiverFiles {
    private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private WaiverFiles() {}

    public static InputFile read(java.nio.file.Path path) throws InputException {
        return InputFile.read(path, MAX_BYTES);
    }

    public static List<Waiver> parse(InputFile file) throws InputException {
        JsonNode root = file.json();
        if (!root.isObject() || !root.path("waivers").isArray()) {
            throw new InputException(file.name() + ": not a waiver file (expected an object with a waivers array)");
        }
        List<Waiver> waivers = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("waivers")) {
            String at = file.name() + ": waivers[" + index++ + "]";
            String fingerprint = text(node, "fingerprint", at);
            if (!FINGERPRINT.matcher(fingerprint).matches()) {
                throw new InputException(at + ".fingerprint must be sha256:<64 hex>, as printed by the gate");
            }
            waivers.add(new Waiver(fingerprint, text(node, "justification", at), text(node, "approver", at),
                    expiry(text(node, "expires", at), at)));
        }
        return waivers;
    }

    private static String text(JsonNode node, String field, String at) throws InputException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new InputException(at + "." + field + " is required (a non-empty string)");
        }
        return value.textValue();
    }

    private static Instant expiry(String text, String at) throws InputException {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputException(at + ".expires '" + text + "' is neither a date (YYYY-MM-DD) nor an RFC 3339 time", e);
        }
    }
}
