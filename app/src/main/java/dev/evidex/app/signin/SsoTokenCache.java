package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The AWS CLI v2 SSO token cache ({@code ~/.aws/sso/cache/<sha1>.json}, mode 0600): the same files
 * in the same place, so {@code aws sso login} and Evidex share one sign-in.
 */
public final class SsoTokenCache {
    private static final long MAX_BYTES = 64 * 1024;
    private final Path directory;

    public SsoTokenCache(Path directory) {
        this.directory = requireNonNull(directory, "directory is null");
    }

    public static SsoTokenCache userDefault() {
        return new SsoTokenCache(Path.of(System.getProperty("user.home"), ".aws", "sso", "cache"));
    }

    /** The cache file: SHA-1 hex of the session name, or of the start URL for legacy profiles. */
    public Path file(SsoTarget target) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1").digest(target.cacheKey().getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(hash) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by the Java platform", e);
        }
    }

    public Optional<SsoToken> load(SsoTarget target) throws IOException {
        Path file = file(target);
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
            return Optional.empty();
        }
        JsonNode node = Json.mapper().readTree(Files.readAllBytes(file));
        Optional<String> accessToken = text(node, "accessToken");
        Optional<Instant> expiresAt = instant(node, "expiresAt");
        if (accessToken.isEmpty() || expiresAt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SsoToken(text(node, "startUrl").orElse(target.startUrl()),
                text(node, "region").orElse(target.region()), accessToken.get(), expiresAt.get(),
                text(node, "clientId"), text(node, "clientSecret"), instant(node, "registrationExpiresAt"),
                text(node, "refreshToken")));
    }

    /** Writes the token with owner-only permissions from the first byte on, then moves it into place. */
    public void save(SsoTarget target, SsoToken token) throws IOException {
        Files.createDirectories(directory);
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("startUrl", token.startUrl());
        node.put("region", token.region());
        node.put("accessToken", token.accessToken());
        node.put("expiresAt", format(token.expiresAt()));
        token.clientId().ifPresent(value -> node.put("clientId", value));
        token.clientSecret().ifPresent(value -> node.put("clientSecret", value));
        token.registrationExpiresAt().ifPresent(value -> node.put("registrationExpiresAt", format(value)));
        token.refreshToken().ifPresent(value -> node.put("refreshToken", value));
        Path temporary = createPrivateFile();
        try {
            Files.write(temporary, Json.mapper().writeValueAsBytes(node));
            Files.move(temporary, file(target), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Sign-out: the cached token is removed (for Evidex and the AWS CLI alike). */
    public boolean delete(SsoTarget target) throws IOException {
        return Files.deleteIfExists(file(target));
    }

    private Path createPrivateFile() throws IOException {
        try {
            return Files.createTempFile(directory, "evidex-token", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // Windows: the user profile directory is already private to the user.
            return Files.createTempFile(directory, "evidex-token", ".tmp");
        }
    }

    /** The CLI writes UTC times without fractions: {@code 2024-01-01T00:00:00Z}. */
    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }

    private static Optional<Instant> instant(JsonNode node, String field) {
        try {
            // The CLI has written both "Z" and "UTC" suffixes over its versions.
            return text(node, field).map(value -> value.endsWith("UTC") ? value.replace("UTC", "Z") : value)
                    .map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
