package dev.evidex.verification.packet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One sentence about a retention statement, for reports and the verifier's notes. */
public final class RetentionSummary {
    /** Unlocked objects are named up to this many; the rest are counted. */
    private static final int NAMED = 10;

    private RetentionSummary() {}

    public static String of(byte[] retention) throws PacketVerificationException {
        JsonNode node;
        try {
            node = Json.mapper().readTree(retention);
        } catch (IOException e) {
            throw new PacketVerificationException("retention statement is not JSON: " + Json.describe(e), e);
        }
        if (node == null || !"s3".equals(node.path("store_kind").asText())) {
            return node == null ? "no retention statement" : node.path("statement").asText("no retention statement");
        }
        Map<String, Long> byMode = new TreeMap<>();
        List<String> unlocked = new ArrayList<>();
        String earliest = null;
        for (JsonNode object : node.path("objects")) {
            String mode = object.path("mode").asText(null);
            if (mode == null) {
                unlocked.add(object.path("key").asText());
            } else {
                byMode.merge(mode, 1L, Long::sum);
            }
            String until = object.path("retain_until").asText(null);
            if (until != null && (earliest == null || until.compareTo(earliest) < 0)) {
                earliest = until;
            }
        }
        StringBuilder text = new StringBuilder().append(node.path("objects").size()).append(" exported objects of ")
                .append(node.path("store").asText()).append(" read ").append(node.path("read_at").asText()).append(':');
        byMode.forEach((mode, count) -> text.append(' ').append(count).append(" under Object Lock ").append(mode).append(';'));
        text.append(' ').append(unlocked.size()).append(" WITHOUT an Object Lock");
        if (!unlocked.isEmpty()) {
            text.append(" (").append(String.join(", ", unlocked.subList(0, Math.min(NAMED, unlocked.size()))))
                    .append(unlocked.size() > NAMED ? " and " + (unlocked.size() - NAMED) + " more" : "").append(')');
        }
        return text.append(earliest == null ? "" : "; earliest retain-until " + earliest).toString();
    }
}
