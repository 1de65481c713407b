package dev.evidex.verification.packet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.packet.evidence.RecordReference;
import dev.evidex.verification.packet.query.QueryEvidence;
import dev.evidex.verification.packet.query.ResultCsv;
import dev.evidex.verification.packet.query.ResultTable;
import dev.evidex.verification.packet.query.Sampling;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.stream.IntStream;

/** Lays queries out as packet entries and works out which records each one is backed by. */
public final class PacketLayout {
    private PacketLayout() {}

    /** A query with its result parsed once: results of a hundred thousand rows are not parsed again per use. */
    record Prepared(QueryEvidence query, ResultTable table, List<RecordReference> references) {}

    static Prepared prepare(QueryEvidence query) throws PacketVerificationException {
        ResultTable table = table(query);
        return new Prepared(query, table, references(query, table));
    }

    /** The records behind a query: those of its sampled rows, or of every row when it is not sampled. */
    public static List<RecordReference> references(QueryEvidence query) throws PacketVerificationException {
        return references(query, table(query));
    }

    private static List<RecordReference> references(QueryEvidence query, ResultTable table) {
        List<Integer> rows = query.sample().map(Sampling.Sample::rows)
                .orElseGet(() -> IntStream.rangeClosed(1, table.rows().size()).boxed().toList());
        return table.references(query.info().recordReferences(), rows).stream()
                .map(ResultTable.RowReference::record).distinct().sorted().toList();
    }

    /**
     * Results parsed so far, by the identity of their bytes: an export asks for a query's records
     * before it writes the packet, and a result of a hundred thousand rows is parsed once for both.
     */
    private static final Map<byte[], ResultTable> PARSED = Collections.synchronizedMap(new WeakHashMap<>());

    static ResultTable table(QueryEvidence query) throws PacketVerificationException {
        ResultTable parsed = PARSED.get(query.canonicalResult());
        if (parsed != null) {
            return parsed;
        }
        try {
            ResultTable table = ResultTable.parse(query.canonicalResult());
            PARSED.put(query.canonicalResult(), table);
            return table;
        } catch (IOException e) {
            throw new PacketVerificationException("query " + query.info().id() + ": result is not canonical: " + e.getMessage(), e);
        }
    }

    static List<PacketEntry> entries(Prepared prepared) {
        QueryEvidence query = prepared.query();
        String id = query.info().id();
        List<PacketEntry> entries = new ArrayList<>();
        entries.add(entry(id, PacketFormat.QUERY_DEFINITION, EntryRole.QUERY_DEFINITION, query.info().toCanonicalJson()));
        entries.add(entry(id, PacketFormat.QUERY_SQL, EntryRole.QUERY_SQL, query.sql().getBytes(StandardCharsets.UTF_8)));
        entries.add(entry(id, PacketFormat.QUERY_PARAMETERS, EntryRole.QUERY_PARAMETERS, query.parametersJson()));
        entries.add(entry(id, PacketFormat.QUERY_RECEIPT, EntryRole.QUERY_RECEIPT, query.receiptJson()));
        entries.add(entry(id, PacketFormat.RESULT_JSON, EntryRole.RESULT_JSON, query.canonicalResult()));
        entries.add(entry(id, PacketFormat.RESULT_CSV, EntryRole.RESULT_CSV, ResultCsv.of(prepared.table())));
        query.sample().ifPresent(sample ->
                entries.add(entry(id, PacketFormat.SAMPLE, EntryRole.SAMPLE, sample.toCanonicalJson())));
        return entries;
    }

    private static PacketEntry entry(String id, String file, EntryRole role, byte[] bytes) {
        return new PacketEntry(PacketFormat.query(id, file), role, bytes);
    }

    /** The files an assessor opens for a query: its own, and the evidence of every log its records are in. */
    static List<String> files(Prepared prepared) {
        String id = prepared.query().info().id();
        TreeSet<String> files = new TreeSet<>(List.of(PacketFormat.query(id, PacketFormat.QUERY_DEFINITION),
                PacketFormat.query(id, PacketFormat.QUERY_SQL), PacketFormat.query(id, PacketFormat.QUERY_PARAMETERS),
                PacketFormat.query(id, PacketFormat.QUERY_RECEIPT), PacketFormat.query(id, PacketFormat.RESULT_JSON),
                PacketFormat.query(id, PacketFormat.RESULT_CSV)));
        prepared.query().sample().ifPresent(sample -> files.add(PacketFormat.query(id, PacketFormat.SAMPLE)));
        for (String log : prepared.references().stream().map(RecordReference::log).distinct().toList()) {
            files.add(PacketFormat.log(log, PacketFormat.RECORDS));
            files.add(PacketFormat.log(log, PacketFormat.PROOFS));
            files.add(PacketFormat.log(log, PacketFormat.CHECKPOINT));
        }
        return List.copyOf(files);
    }

    static ReportModel.QuerySummary summary(Prepared prepared) throws PacketVerificationException {
        QueryEvidence query = prepared.query();
        ResultTable table = prepared.table();
        String engine = "unknown";
        try {
            JsonNode receipt = Json.mapper().readTree(query.receiptJson());
            engine = receipt.path("engine").asText("unknown");
        } catch (IOException e) {
            throw new PacketVerificationException("query " + query.info().id() + ": receipt is not JSON: " + Json.describe(e), e);
        }
        List<String> controls = new ArrayList<>(query.info().hitrust());
        controls.addAll(query.info().hipaa());
        return new ReportModel.QuerySummary(query.info().id(), query.info().title(), query.info().question(),
                table.rows().size(), query.sample().map(Sampling.Sample::size), query.sample().map(Sampling.Sample::seed),
                prepared.references().size(), Hashes.hex(Hashes.sha256(query.canonicalResult())), engine, controls);
    }

    static Optional<String> duplicateQuery(List<QueryEvidence> queries) {
        TreeSet<String> seen = new TreeSet<>();
        return queries.stream().map(query -> query.info().id()).filter(id -> !seen.add(id)).findFirst();
    }
}
