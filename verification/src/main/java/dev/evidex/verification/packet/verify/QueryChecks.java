package dev.evidex.verification.packet.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.packet.EntryRole;
import dev.evidex.verification.packet.ManifestEntry;
import dev.evidex.verification.packet.PacketFormat;
import dev.evidex.verification.packet.PacketManifest;
import dev.evidex.verification.packet.evidence.RecordReference;
import dev.evidex.verification.packet.query.QueryInfo;
import dev.evidex.verification.packet.query.ResultCsv;
import dev.evidex.verification.packet.query.ResultTable;
import dev.evidex.verification.packet.query.Sampling;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/** Per query: receipt hashes, CSV against the hashed result, the sample, and the records rows name. */
final class QueryChecks {
    private final PacketManifest manifest;
    private final Map<String, byte[]> entries;
    private final Findings findings;
    private final Set<RecordReference> records;

    QueryChecks(PacketManifest manifest, Map<String, byte[]> entries, Findings findings, Set<RecordReference> records) {
        this.manifest = manifest;
        this.entries = entries;
        this.findings = findings;
        this.records = records;
    }

    void run() {
        for (ManifestEntry receipt : manifest.entries(EntryRole.QUERY_RECEIPT)) {
            String prefix = receipt.path().substring(0, receipt.path().length() - PacketFormat.QUERY_RECEIPT.length());
            String id = prefix.substring(PacketFormat.QUERIES.length(), prefix.length() - 1);
            try {
                check(id, prefix);
            } catch (IOException e) {
                findings.fail(PacketCheck.RECEIPT, prefix, "unreadable: " + e.getMessage());
            }
        }
    }

    private void check(String id, String prefix) throws IOException {
        byte[] receiptBytes = require(prefix + PacketFormat.QUERY_RECEIPT);
        byte[] sql = require(prefix + PacketFormat.QUERY_SQL);
        byte[] result = require(prefix + PacketFormat.RESULT_JSON);
        byte[] csv = require(prefix + PacketFormat.RESULT_CSV);
        QueryInfo info = QueryInfo.parse(require(prefix + PacketFormat.QUERY_DEFINITION));
        JsonNode parameters = Json.mapper().readTree(require(prefix + PacketFormat.QUERY_PARAMETERS));
        JsonNode receipt = Json.mapper().readTree(receiptBytes);
        findings.checked(PacketCheck.RECEIPT);
        if (!receipt.path("query_id").asText().equals(id)) {
            findings.fail(PacketCheck.RECEIPT, prefix + PacketFormat.QUERY_RECEIPT, "is the receipt of query '"
                    + receipt.path("query_id").asText() + "', not of '" + id + "'");
        }
        expect(prefix + PacketFormat.QUERY_SQL, "sql_sha256", receipt.path("sql_sha256").asText(), Hashes.hex(Hashes.sha256(sql)));
        expect(prefix + PacketFormat.RESULT_JSON, "result_sha256", receipt.path("result_sha256").asText(),
                Hashes.hex(Hashes.sha256(result)));
        if (!receipt.path("parameters").equals(parameters.path("parameters"))) {
            findings.fail(PacketCheck.RECEIPT, prefix + PacketFormat.QUERY_PARAMETERS,
                    "parameters " + parameters.path("parameters") + " differ from the receipt's " + receipt.path("parameters"));
        }
        ResultTable table;
        try {
            table = ResultTable.parse(result);
        } catch (IOException e) {
            findings.fail(PacketCheck.RECEIPT, prefix + PacketFormat.RESULT_JSON, "not a canonical result: " + e.getMessage());
            return;
        }
        if (receipt.path("row_count").asLong(-1) != table.rows().size()) {
            findings.fail(PacketCheck.RECEIPT, prefix + PacketFormat.RESULT_JSON, "holds " + table.rows().size()
                    + " rows but the receipt says " + receipt.path("row_count"));
        }
        checkCsv(prefix + PacketFormat.RESULT_CSV, csv, table);
        List<Integer> rows = sampledRows(prefix, table);
        checkReferences(prefix, info, table, rows);
    }

    private void checkCsv(String path, byte[] csv, ResultTable table) {
        findings.checked(PacketCheck.RESULT_CSV);
        byte[] derived = ResultCsv.of(table);
        if (java.util.Arrays.equals(csv, derived)) {
            return;
        }
        // Only a differing CSV is split into lines, to name the first row that differs.
        String[] actual = new String(csv, StandardCharsets.UTF_8).split("\r\n", -1);
        String[] expected = new String(derived, StandardCharsets.UTF_8).split("\r\n", -1);
        for (int line = 0; line < Math.max(actual.length, expected.length); line++) {
            String have = line < actual.length ? actual[line] : "<end of file>";
            String want = line < expected.length ? expected[line] : "<end of file>";
            if (!have.equals(want)) {
                String where = line == 0 ? "header" : "row " + line;
                findings.fail(PacketCheck.RESULT_CSV, path, where + " differs from the hashed result: CSV has '"
                        + abbreviate(have) + "', result.jsonl gives '" + abbreviate(want) + "'");
                return;
            }
        }
        findings.fail(PacketCheck.RESULT_CSV, path, "differs from the CSV of the hashed result in bytes that are not valid UTF-8");
    }

    private List<Integer> sampledRows(String prefix, ResultTable table) throws IOException {
        List<Integer> all = IntStream.rangeClosed(1, table.rows().size()).boxed().toList();
        Optional<byte[]> sampleBytes = Optional.ofNullable(entries.get(prefix + PacketFormat.SAMPLE));
        if (sampleBytes.isEmpty()) {
            return all;
        }
        findings.checked(PacketCheck.SAMPLE);
        Sampling.Sample sample = Sampling.Sample.parse(sampleBytes.get());
        if (!Sampling.METHOD.equals(sample.method())) {
            findings.fail(PacketCheck.SAMPLE, prefix + PacketFormat.SAMPLE, "unknown sampling method '" + sample.method() + "'");
            return all;
        }
        if (sample.population() != table.rows().size()) {
            findings.fail(PacketCheck.SAMPLE, prefix + PacketFormat.SAMPLE, "population " + sample.population()
                    + " differs from the " + table.rows().size() + " result rows");
            return sample.rows();
        }
        Sampling.Sample redrawn = Sampling.draw(sample.seed(), Math.max(1, sample.size()), table.rows().size());
        if (!redrawn.rows().equals(sample.rows())) {
            findings.fail(PacketCheck.SAMPLE, prefix + PacketFormat.SAMPLE, "rows " + abbreviate(sample.rows().toString())
                    + " are not what seed '" + sample.seed() + "' draws: " + abbreviate(redrawn.rows().toString()));
        }
        return sample.rows().stream().filter(row -> row >= 1 && row <= table.rows().size()).toList();
    }

    private void checkReferences(String prefix, QueryInfo info, ResultTable table, List<Integer> rows) {
        for (ResultTable.RowReference reference : table.references(info.recordReferences(), rows)) {
            findings.checked(PacketCheck.RECORD_REFERENCE);
            if (!records.contains(reference.record())) {
                findings.fail(PacketCheck.RECORD_REFERENCE, prefix + PacketFormat.RESULT_JSON, "row " + reference.row()
                        + " names record " + reference.record() + " (" + reference.columns().logColumn() + ", "
                        + reference.columns().indexColumn() + "), which the packet does not hold");
            }
        }
    }

    private byte[] require(String path) throws IOException {
        byte[] bytes = entries.get(path);
        if (bytes == null) {
            throw new IOException(path + " is missing");
        }
        return bytes;
    }

    private void expect(String path, String field, String receiptValue, String actual) {
        if (!receiptValue.equals(actual)) {
            findings.fail(PacketCheck.RECEIPT, path, "hashes to " + actual + " but the receipt's " + field + " is " + receiptValue);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
