package dev.evidex.verification.packet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;

/** One sentence about a retention statement, for reports. */
final class RetentionSummary {
    private RetentionSummary() {}

    static String of(byte[] retention) throws PacketVerificationException {
        JsonNode node;
        try {
            node = Json.mapper().readTree(retention);
        } catch (IOException e) {
            throw new PacketVerificationException("retention statement is not JSON: " + Json.describe(e), e);
        }
        if ("s3".equals(node.path("store_kind").asText())) {
            long locked = 0;
            String earliest = null;
            for (JsonNode object : node.path("objects")) {
                if ("COMPLIANCE".equals(object.path("mode").asText())) {
                    locked++;
                }
                String until = object.path("retain_until").asText(null);
                if (until != null && (earliest == null || until.compareTo(earliest) < 0)) {
                    earliest = until;
                }
            }
            return locked + " of " + node.path("objects").size() + " exported objects under Object Lock COMPLIANCE"
                    + (earliest == null ? "" : "; earliest retain-until " + earliest) + " (read " + node.path("read_at").asText() + ")";
        }
        return node.path("statement").asText("no retention statement");
    }
}
