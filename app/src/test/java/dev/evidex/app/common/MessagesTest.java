package dev.evidex.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the app asks the bundle for is there, once, and formats as written. */
class MessagesTest {
    private static final Path BUNDLE = Path.of("src/main/resources/dev/evidex/app/messages.properties");
    private static final Pattern JAVA_KEY = Pattern.compile("Messages\\.(get|format)\\(\"([A-Za-z0-9.]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9.]+)\"");

    @Test
    void everyKeyUsedInCodeAndFxmlExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : sources("src/main/java", ".java")) {
            Matcher matcher = JAVA_KEY.matcher(Files.readString(file));
            while (matcher.find()) {
                if (!Messages.bundle().containsKey(matcher.group(2))) {
                    missing.add(file.getFileName() + ": " + matcher.group(2));
                }
            }
        }
        for (Path file : sources("src/main/resources", ".fxml")) {
            Matcher matcher = FXML_KEY.matcher(Files.readString(file));
            while (matcher.find()) {
                if (!Messages.bundle().containsKey(matcher.group(1))) {
                    missing.add(file.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLE, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=") && !seen.add(line.substring(0, line.indexOf('=')))) {
                twice.add(line);
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void formattedTextsKeepTheirWordsAndNumbers() {
        assertThat(Messages.format("query.rowsFiltered", 1_000, 1_000_000)).isEqualTo("1,000 of 1,000,000 rows");
        assertThat(Messages.format("query.hipaa", "164.312(b)")).isEqualTo("   ·   HIPAA 164.312(b)");
        assertThat(Messages.format("export.exporterKey", "sha256:ab")).contains("sha256:ab\nGive the recipient");
    }

    private static List<Path> sources(String root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(root))) {
            return files.filter(file -> file.toString().endsWith(suffix)).toList();
        }
    }
}
