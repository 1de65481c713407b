package dev.evidex.verification.packet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Strict reading of {@code manifest.json}: every field present with its type, nothing unknown about the format. */
final class ManifestParser {
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ManifestParser() {}

    static PacketManifest parse(byte[] bytes) throws PacketVerificationException {
        JsonNode node;
        try {
            node = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new PacketVerificationException("manifest.json is not valid JSON: " + Json.describe(e), e);
        }
        if (node == null || !node.isObject()) {
            throw new PacketVerificationException("manifest.json must be a JSON object");
        }
        if (!PacketFormat.FORMAT.equals(text(node, "format"))) {
            throw new PacketVerificationException("manifest.json format is '" + text(node, "format")
                    + "', expected '" + PacketFormat.FORMAT + "'");
        }
        long version = number(node, "format_version");
        if (version != PacketFormat.VERSION) {
            throw new PacketVerificationException("packet format version " + version
                    + " is not supported by this verifier (it reads version " + PacketFormat.VERSION + ")");
        }
        JsonNode exporter = object(node, "exporter");
        JsonNode assessment = object(node, "assessment");
        return new PacketManifest(text(node, "packet_id"), instant(node, "created"), text(object(node, "tool"), "version"),
                new ExporterIdentity(text(exporter, "principal"), text(exporter, "source"), text(exporter, "key_id")),
                assessment(assessment), entries(node));
    }

    private static Assessment assessment(JsonNode node) throws PacketVerificationException {
        String typeLabel = text(node, "type");
        AssessmentType type = AssessmentType.fromLabel(typeLabel).orElseThrow(() ->
                new PacketVerificationException("manifest.json assessment type '" + typeLabel + "' is not e1, i1 or r2"));
        List<String> scope = new ArrayList<>();
        for (JsonNode item : array(node, "scope")) {
            scope.add(item.asText());
        }
        JsonNode period = object(node, "period");
        try {
            return new Assessment(text(node, "organisation"), type, scope, date(period, "from"), date(period, "to"));
        } catch (IllegalArgumentException e) {
            throw new PacketVerificationException("manifest.json assessment is invalid: " + e.getMessage(), e);
        }
    }

    private static List<ManifestEntry> entries(JsonNode node) throws PacketVerificationException {
        List<ManifestEntry> entries = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (JsonNode item : array(node, "entries")) {
            String path = text(item, "path");
            String roleLabel = text(item, "role");
            EntryRole role = EntryRole.fromLabel(roleLabel).orElseThrow(() ->
                    new PacketVerificationException("manifest.json entry " + path + " has unknown role '" + roleLabel + "'"));
            String sha256 = text(item, "sha256");
            if (!HEX_SHA256.matcher(sha256).matches()) {
                throw new PacketVerificationException("manifest.json entry " + path + " has a malformed sha256");
            }
            if (!paths.add(path)) {
                throw new PacketVerificationException("manifest.json lists " + path + " twice");
            }
            entries.add(new ManifestEntry(path, role, number(item, "size"), sha256));
        }
        return entries;
    }

    private static JsonNode object(JsonNode node, String field) throws PacketVerificationException {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new PacketVerificationException("manifest.json field '" + field + "' is missing or not an object");
        }
        return value;
    }

    private static JsonNode array(JsonNode node, String field) throws PacketVerificationException {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new PacketVerificationException("manifest.json field '" + field + "' is missing or not an array");
        }
        return value;
    }

    static String text(JsonNode node, String field) throws PacketVerificationException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new PacketVerificationException("manifest.json field '" + field + "' is missing or not a string");
        }
        return value.textValue();
    }

    private static long number(JsonNode node, String field) throws PacketVerificationException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw new PacketVerificationException("manifest.json field '" + field + "' is missing or not a non-negative integer");
        }
        return value.longValue();
    }

    private static Instant instant(JsonNode node, String field) throws PacketVerificationException {
        try {
            return Instant.parse(text(node, field));
        } catch (DateTimeParseException e) {
            throw new PacketVerificationException("manifest.json field '" + field + "' is not an RFC 3339 time", e);
        }
    }

    private static LocalDate date(JsonNode node, String field) throws PacketVerificationException {
        try {
            return LocalDate.parse(text(node, field));
        } catch (DateTimeParseException e) {
            throw new PacketVerificationException("manifest.json period '" + field + "' is not a date (YYYY-MM-DD)", e);
        }
    }
}
