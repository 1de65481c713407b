package dev.evidex.verification.store.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The fast header scan agrees with the full parser, including on hostile strings. */
class RecordHeaderScannerTest {
    private static final String[] TRICKY = {"plain", "quote \" inside", "back\\slash", "\"log\":\"x\"", "}{][",
        "\"index\":99", "caf\u00e9 \u2713", "\\\"", "digest"};

    @RepeatedTest(200)
    void agreesWithTheFullParser(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        ObjectNode record = Json.mapper().createObjectNode();
        record.put("log", "ci-" + TRICKY[random.nextInt(TRICKY.length)]);
        record.put("batch", random.nextInt(1000));
        record.put("index", random.nextLong() & 0xFFFFFFFFL);
        record.put("a_text", TRICKY[random.nextInt(TRICKY.length)]);
        record.putObject("detail").put("index", 5).put("log", TRICKY[random.nextInt(TRICKY.length)]);
        var artifacts = record.putArray("artifacts");
        for (int i = random.nextInt(3); i > 0; i--) {
            artifacts.addObject().put("digest", "sha256:" + i + TRICKY[random.nextInt(TRICKY.length)]).put("role", "sbom");
        }
        record.putArray("packages").addObject().put("digest", "not-an-artifact");
        byte[] line = CanonicalJson.bytes(record);

        Set<String> fastDigests = new HashSet<>();
        Set<String> parsedDigests = new HashSet<>();
        RecordChecker.Header fast = RecordChecker.read(line, 0, line.length, fastDigests);
        RecordChecker.Header parsed = RecordChecker.parse(line, 0, line.length, parsedDigests);
        assertThat(fast).isEqualTo(parsed);
        assertThat(fastDigests).isEqualTo(parsedDigests).doesNotContain("not-an-artifact");
    }

    @Test
    void recordsWithoutEscapesTakeTheFastPath() {
        byte[] line = "{\"artifacts\":[{\"digest\":\"sha256:ab\"}],\"batch\":3,\"index\":7,\"log\":\"ci\"}"
                .getBytes(StandardCharsets.UTF_8);
        Set<String> digests = new HashSet<>();
        assertThat(RecordHeaderScanner.scan(line, 0, line.length, digests)).hasValueSatisfying(header -> {
            assertThat(header.index()).isEqualTo(7);
            assertThat(header.batch()).isEqualTo(3);
            assertThat(header.log()).contains("ci");
        });
        assertThat(digests).containsExactly("sha256:ab");
    }

    @Test
    void malformedLinesFallBackToTheParserWithAReason() {
        byte[] line = "{\"index\":1,\"log\":\"unterminated}".getBytes(StandardCharsets.UTF_8);
        assertThat(RecordHeaderScanner.scan(line, 0, line.length, new HashSet<>())).isEmpty();
        assertThat(RecordChecker.read(line, 0, line.length, new HashSet<>()).problem()).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("line is not valid JSON"));
    }
}
