package dev.evidex.app.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Finds Cosign's Rekor bundle ({@code dev.sigstore.cosign/bundle}) among a record's raw artifacts,
 * where the collector stores it beside the signature, by its shape.
 */
final class RekorBundles {
    private RekorBundles() {}

    static Optional<String> find(List<byte[]> rawArtifacts) {
        for (byte[] bytes : rawArtifacts) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            try {
                JsonNode node = Json.mapper().readTree(text);
                if (node != null && node.has("SignedEntryTimestamp") && node.has("Payload")) {
                    return Optional.of(text);
                }
            } catch (IOException e) {
                // not JSON: another raw artifact (a signature layer, a report)
            }
        }
        return Optional.empty();
    }
}
