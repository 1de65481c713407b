package dev.evidex.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowLayoutStoreTest {
    @TempDir
    Path config;

    @Test
    void remembersTheLayoutAndFallsBackToTheDefaultWhenDamaged() throws Exception {
        WindowLayoutStore store = new WindowLayoutStore(config);
        assertThat(store.load()).isEqualTo(WindowLayout.DEFAULT);

        WindowLayout layout = new WindowLayout(10, 20, 1400, 900, true, 0.3, true);
        store.save(layout);
        assertThat(new WindowLayoutStore(config).load()).isEqualTo(layout);

        Files.writeString(config.resolve("window.properties"), "width=\\u12");
        assertThat(store.load()).isEqualTo(WindowLayout.DEFAULT);
    }

    @Test
    void configDirectoryFollowsThePlatform() {
        Path home = Path.of("/home/a");
        assertThat(AppDirectories.configDirectory(null, Map.of(), "Linux", home)).isEqualTo(Path.of("/home/a/.config/evidex"));
        assertThat(AppDirectories.configDirectory(null, Map.of("XDG_CONFIG_HOME", "/xdg"), "Linux", home))
                .isEqualTo(Path.of("/xdg/evidex"));
        assertThat(AppDirectories.configDirectory(null, Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/a/Library/Application Support/Evidex"));
        assertThat(AppDirectories.configDirectory("/override", Map.of(), "Linux", home)).isEqualTo(Path.of("/override"));
    }
}
