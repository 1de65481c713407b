package dev.evidex.collector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evidex.collector.support.Fixtures;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The demo catalog is derived from the real fixtures: every entry is found in the file it names. */
class DemoCatalogTest {
    @Test
    void everyEntryComesFromItsFixture() throws Exception {
        JsonNode catalog;
        try (InputStream in = DemoCatalog.class.getResourceAsStream(DemoCatalog.RESOURCE)) {
            catalog = new ObjectMapper().readTree(in);
        }
        int checked = 0;
        for (JsonNode image : (Iterable<JsonNode>) () -> catalog.path("images").elements()) {
            String source = Files.readString(Fixtures.file(image.path("source").asText()));
            for (JsonNode row : image.path("packages")) {
                assertThat(source).contains("\"" + row.get(0).asText() + "\"");
                assertThat(source).contains(row.get(2).asText());
                checked++;
            }
        }
        for (JsonNode row : catalog.path("vulnerabilities")) {
            assertThat(Files.readString(Fixtures.file(row.get(6).asText()))).contains(row.get(0).asText()).contains(row.get(1).asText());
            checked++;
        }
        for (JsonNode row : catalog.path("rules")) {
            assertThat(Files.readString(Fixtures.file(row.get(5).asText()))).contains(row.get(0).asText());
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(DemoCatalog.load().images()).containsKeys("java", "go", "kubectl");
    }
}
