package dev.evidex.app.settings;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Per-store settings in {@code stores.json} of the configuration directory, keyed by store id. */
public final class SettingsRepository {
    private static final long MAX_BYTES = 4 * 1024 * 1024;

    private final Path file;

    public SettingsRepository(Path configDirectory) {
        this.file = requireNonNull(configDirectory, "configDirectory is null").resolve("stores.json");
    }

    public synchronized Optional<StoreSettings> find(String storeId) throws IOException {
        JsonNode node = readAll().get(storeId);
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new StoreSettings(text(node, "athena_workgroup"), text(node, "athena_database"),
                text(node, "athena_output_location"), text(node, "region"), text(node, "evidence_bucket"),
                text(node, "evidence_prefix"), text(node, "trusted_keys_directory")));
    }

    public synchronized void save(String storeId, StoreSettings settings) throws IOException {
        ObjectNode all = readAll();
        ObjectNode node = all.putObject(storeId);
        node.put("athena_workgroup", settings.athenaWorkgroup());
        node.put("athena_database", settings.athenaDatabase());
        node.put("athena_output_location", settings.athenaOutputLocation());
        node.put("region", settings.region());
        node.put("evidence_bucket", settings.evidenceBucket());
        node.put("evidence_prefix", settings.evidencePrefix());
        node.put("trusted_keys_directory", settings.trustedKeysDirectory());
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "stores", ".tmp");
        Files.write(temporary, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private ObjectNode readAll() throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
            return Json.mapper().createObjectNode();
        }
        JsonNode node = Json.mapper().readTree(file.toFile());
        return node instanceof ObjectNode object ? object : Json.mapper().createObjectNode();
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }
}
