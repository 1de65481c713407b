package dev.evidex.app.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the IAM Identity Center parts of {@code ~/.aws/config}: {@code [profile x]} (and
 * {@code [default]}) sections that name an {@code sso_session} or carry the legacy
 * {@code sso_start_url}/{@code sso_region}, and the {@code [sso-session x]} sections they use.
 */
public final class AwsConfigFile {
    private AwsConfigFile() {}

    /** {@code $AWS_CONFIG_FILE} or {@code ~/.aws/config}. */
    public static Path defaultLocation() {
        String override = System.getenv("AWS_CONFIG_FILE");
        return override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".aws", "config");
    }

    public static List<SsoProfile> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static List<SsoProfile> parse(String text) {
        Map<String, Map<String, String>> sections = sections(text);
        List<SsoProfile> profiles = new ArrayList<>();
        sections.forEach((section, values) -> profileName(section).ifPresent(name ->
                target(values, sections).ifPresent(target -> profiles.add(new SsoProfile(name, target,
                        optional(values, "sso_account_id"), optional(values, "sso_role_name"),
                        optional(values, "region"))))));
        return List.copyOf(profiles);
    }

    /** The sso-session sections alone, as sign-in targets. */
    public static List<SsoTarget> sessions(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<SsoTarget> targets = new ArrayList<>();
        sections(Files.readString(file, StandardCharsets.UTF_8)).forEach((section, values) -> {
            if (section.startsWith("sso-session ")) {
                session(section.substring("sso-session ".length()).trim(), values).ifPresent(targets::add);
            }
        });
        return List.copyOf(targets);
    }

    private static Optional<String> profileName(String section) {
        if (section.equals("default")) {
            return Optional.of("default");
        }
        return section.startsWith("profile ") ? Optional.of(section.substring("profile ".length()).trim())
                : Optional.empty();
    }

    private static Optional<SsoTarget> target(Map<String, String> profile, Map<String, Map<String, String>> sections) {
        Optional<String> sessionName = optional(profile, "sso_session");
        if (sessionName.isPresent()) {
            Map<String, String> session = sections.get("sso-session " + sessionName.get());
            return session == null ? Optional.empty() : session(sessionName.get(), session);
        }
        Optional<String> startUrl = optional(profile, "sso_start_url");
        Optional<String> region = optional(profile, "sso_region");
        if (startUrl.isEmpty() || region.isEmpty()) {
            return Optional.empty();
        }
        return attempt(startUrl.get(), region.get(), Optional.empty());
    }

    private static Optional<SsoTarget> session(String name, Map<String, String> values) {
        Optional<String> startUrl = optional(values, "sso_start_url");
        Optional<String> region = optional(values, "sso_region");
        if (startUrl.isEmpty() || region.isEmpty()) {
            return Optional.empty();
        }
        return attempt(startUrl.get(), region.get(), Optional.of(name));
    }

    private static Optional<SsoTarget> attempt(String startUrl, String region, Optional<String> session) {
        try {
            return Optional.of(new SsoTarget(startUrl, region, session));
        } catch (IllegalArgumentException e) {
            // A malformed section is skipped, as the AWS CLI would refuse it too.
            return Optional.empty();
        }
    }

    private static Optional<String> optional(Map<String, String> values, String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static Map<String, Map<String, String>> sections(String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).trim().replaceAll("\\s+", " "),
                        key -> new LinkedHashMap<>());
            } else if (current != null && line.contains("=") && !Character.isWhitespace(raw.charAt(0))) {
                int equals = line.indexOf('=');
                current.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        return sections;
    }
}
