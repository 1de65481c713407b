package dev.evidex.collector.sign;

import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Checks that a file is one JSON document or JSON Lines, so that errors name the file, line and column. */
final class JsonInputs {
    private JsonInputs() {}

    /** A single JSON document, or (when that fails and the file has several lines) one per non-blank line. */
    static void checkDocumentOrLines(InputFile file) throws InputException {
        try {
            if (Json.mapper().readTree(file.bytes()) == null) {
                throw new InputException(file.name() + ": empty file, expected JSON");
            }
            return;
        } catch (IOException whole) {
            String[] lines = new String(file.bytes(), StandardCharsets.UTF_8).split("\n");
            if (lines.length < 2) {
                throw new InputException(file.name() + ": malformed JSON: " + Json.describe(whole), whole);
            }
            for (int index = 0; index < lines.length; index++) {
                if (lines[index].isBlank()) {
                    continue;
                }
                try {
                    Json.mapper().readTree(lines[index]);
                } catch (IOException line) {
                    throw new InputException(file.name() + ": line " + (index + 1) + ": malformed JSON: "
                            + Json.describe(line), line);
                }
            }
        }
    }
}
