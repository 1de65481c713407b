package dev.evidex.app.common;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** Reads and writes {@code window.properties} in the configuration directory. */
public final class WindowLayoutStore {
    private final Path file;

    public WindowLayoutStore(Path configDirectory) {
        this.file = requireNonNull(configDirectory, "configDirectory is null").resolve("window.properties");
    }

    /** The saved layout, or the default when none was saved or it cannot be read. */
    public WindowLayout load() {
        if (!Files.isRegularFile(file)) {
            return WindowLayout.DEFAULT;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            return WindowLayout.fromProperties(properties);
        } catch (IOException | IllegalArgumentException e) {
            // A damaged layout file must never stop the app from starting.
            return WindowLayout.DEFAULT;
        }
    }

    public void save(WindowLayout layout) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "window", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            layout.toProperties().store(out, "Evidex window layout");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
