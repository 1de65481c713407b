package dev.evidex.querypack.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * Writes batch objects the way the store does (canonical JSON lines, contiguous indices per log,
 * zero-padded batch numbers, dt from the day), without seals: the query index needs only batch objects.
 */
public final class TestStore {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path root;
    private final Map<String, Long> nextIndex = new TreeMap<>();
    private final Map<String, Long> nextBatch = new TreeMap<>();
    private final List<String> written = new ArrayList<>();

    public TestStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes one batch of records for a log; dt is the day of its last record, as a seal is never older. */
    public String writeBatch(String log, List<Map<String, Object>> records) {
        long batch = nextBatch.merge(log, 1L, Long::sum) - 1;
        StringBuilder lines = new StringBuilder();
        String day = null;
        for (Map<String, Object> fields : records) {
            Map<String, Object> record = new LinkedHashMap<>(fields);
            record.put("schema_version", 1);
            record.put("log", log);
            record.put("batch", batch);
            record.put("index", nextIndex.merge(log, 1L, Long::sum) - 1);
            record.putIfAbsent("source_kind", "ci");
            String recordDay = ((String) record.get("time")).substring(0, 10);
            day = day == null || recordDay.compareTo(day) > 0 ? recordDay : day;
            lines.append(canonical(record)).append('\n');
        }
        String key = String.format("records/dt=%s/%s-%012d.jsonl", day, log, batch);
        write(key, lines.toString());
        written.add(key);
        return key;
    }

    public List<String> writtenKeys() {
        return List.copyOf(written);
    }

    public static String canonical(Map<String, Object> record) {
        try {
            return new JsonCanonicalizer(MAPPER.writeValueAsString(record)).getEncodedString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String key, String text) {
        try {
            Path path = root.resolve(key);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
