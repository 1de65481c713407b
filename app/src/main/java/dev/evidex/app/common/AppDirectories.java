package dev.evidex.app.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where Evidex keeps its own settings: the platform's user configuration directory. */
public final class AppDirectories {
    /** Overrides the configuration directory (tests, portable installs). */
    public static final String CONFIG_PROPERTY = "evidex.config.dir";

    /** Overrides the data directory (tests, portable installs). */
    public static final String DATA_PROPERTY = "evidex.data.dir";

    private AppDirectories() {}

    public static Path configDirectory() {
        return configDirectory(System.getProperties().getProperty(CONFIG_PROPERTY), System.getenv(),
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path configDirectory(String override, Map<String, String> environment, String osName, Path home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return home.resolve("Library/Application Support/Evidex");
        }
        if (os.startsWith("windows")) {
            return Optional.ofNullable(environment.get("APPDATA")).map(Path::of)
                    .orElse(home.resolve("AppData/Roaming")).resolve("Evidex");
        }
        return Optional.ofNullable(environment.get("XDG_CONFIG_HOME")).filter(value -> !value.isBlank())
                .map(Path::of).orElse(home.resolve(".config")).resolve("evidex");
    }

    /** Where Evidex keeps data it creates (the demo store): {@code $XDG_DATA_HOME/evidex}, {@code ~/.local/share/evidex}. */
    public static Path dataDirectory() {
        return dataDirectory(System.getProperties().getProperty(DATA_PROPERTY), System.getenv(),
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path dataDirectory(String override, Map<String, String> environment, String osName, Path home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("windows")) {
            return configDirectory(null, environment, osName, home);
        }
        return Optional.ofNullable(environment.get("XDG_DATA_HOME")).filter(value -> !value.isBlank())
                .map(Path::of).orElse(home.resolve(".local/share")).resolve("evidex");
    }

    /** Where local query indexes are kept: data Evidex can rebuild at any time, outside the stores. */
    public static Path indexDirectory() {
        return dataDirectory().resolve("index");
    }
}
