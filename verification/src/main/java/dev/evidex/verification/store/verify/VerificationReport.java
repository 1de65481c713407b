package dev.evidex.verification.store.verify;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The outcome of verifying a store: what was checked and every failure. */
public record VerificationReport(String store, List<LogSummary> logs, long artifacts, long artifactBytes,
        Duration elapsed, List<String> notes, List<Failure> failures) {

    public VerificationReport {
        requireNonNull(store, "store is null");
        logs = logs.stream().sorted(Comparator.comparing(LogSummary::log)).toList();
        requireNonNull(elapsed, "elapsed is null");
        notes = List.copyOf(notes);
        failures = List.copyOf(failures);
    }

    public boolean verified() {
        return failures.isEmpty();
    }

    public long batches() {
        return logs.stream().mapToLong(LogSummary::batches).sum();
    }

    public long records() {
        return logs.stream().mapToLong(LogSummary::records).sum();
    }

    public long bytes() {
        return logs.stream().mapToLong(LogSummary::bytes).sum() + artifactBytes;
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(verified() ? "VERIFIED" : "FAILED").append(": ").append(store).append('\n');
        text.append(String.format(Locale.ROOT, "logs %d, batches %d, records %d, artifacts %d, %s in %.2f s (%.0f MB/s)%n",
                logs.size(), batches(), records(), artifacts, humanBytes(bytes()), elapsed.toMillis() / 1000.0,
                bytes() / 1e6 / Math.max(elapsed.toMillis() / 1000.0, 0.001)));
        for (LogSummary log : logs) {
            text.append(String.format(Locale.ROOT, "  %-32s batches %6d  records %9d  last seal %s  keys %s%n",
                    log.log(), log.batches(), log.records(),
                    log.lastSealTime().map(Object::toString).orElse("-"), String.join(",", log.keyIds())));
        }
        notes.forEach(note -> text.append("note: ").append(note).append('\n'));
        if (!failures.isEmpty()) {
            text.append(failures.size()).append(failures.size() == 1 ? " failure:" : " failures:").append('\n');
            failures.forEach(failure -> text.append("  ").append(failure.describe()).append('\n'));
        }
        return text.toString();
    }

    public ObjectNode toJson() {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("store", store);
        root.put("verified", verified());
        ObjectNode summary = root.putObject("summary");
        summary.put("logs", logs.size());
        summary.put("batches", batches());
        summary.put("records", records());
        summary.put("artifacts", artifacts);
        summary.put("bytes", bytes());
        summary.put("elapsed_ms", elapsed.toMillis());
        ArrayNode logArray = root.putArray("logs");
        for (LogSummary log : logs) {
            ObjectNode node = logArray.addObject();
            node.put("log", log.log());
            node.put("batches", log.batches());
            node.put("records", log.records());
            node.put("bytes", log.bytes());
            node.put("last_seal_time", log.lastSealTime().map(Object::toString).orElse(null));
            node.put("root", log.root().orElse(null));
            ArrayNode keys = node.putArray("key_ids");
            log.keyIds().stream().sorted().forEach(keys::add);
        }
        ArrayNode noteArray = root.putArray("notes");
        notes.forEach(noteArray::add);
        ArrayNode failureArray = root.putArray("failures");
        for (Failure failure : failures) {
            ObjectNode node = failureArray.addObject();
            node.put("check", failure.check().label());
            node.put("log", failure.log().orElse(null));
            if (failure.batch().isPresent()) {
                node.put("batch", failure.batch().getAsLong());
            }
            if (failure.index().isPresent()) {
                node.put("index", failure.index().getAsLong());
            }
            node.put("object", failure.objectKey().orElse(null));
            node.put("detail", failure.detail());
        }
        return root;
    }

    private static String humanBytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
