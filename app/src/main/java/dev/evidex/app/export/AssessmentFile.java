package dev.evidex.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.packet.Assessment;
import dev.evidex.verification.packet.AssessmentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code --assessment FILE}: {@code {"organisation", "type": "e1|i1|r2", "scope": [...],
 * "period": {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}}}, the same fields the manifest records.
 */
final class AssessmentFile {
    private static final long MAX_BYTES = 64 * 1024;

    private AssessmentFile() {}

    static Assessment read(Path file) throws ExportException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ExportException(file + ": larger than " + MAX_BYTES + " bytes");
            }
            JsonNode node = Json.mapper().readTree(Files.readAllBytes(file));
            String typeLabel = node.path("type").asText("");
            AssessmentType type = AssessmentType.fromLabel(typeLabel).orElseThrow(() ->
                    new ExportException(file + ": assessment type '" + typeLabel + "' must be e1, i1 or r2"));
            List<String> scope = new ArrayList<>();
            node.path("scope").forEach(item -> scope.add(item.asText()));
            return new Assessment(node.path("organisation").asText(""), type, scope,
                    LocalDate.parse(node.path("period").path("from").asText("")),
                    LocalDate.parse(node.path("period").path("to").asText("")));
        } catch (IOException e) {
            throw new ExportException(file + ": " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                    ? Json.describe(json) : e.getMessage()), e);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ExportException(file + ": " + e.getMessage(), e);
        }
    }
}
