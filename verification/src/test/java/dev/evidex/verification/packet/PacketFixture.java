package dev.evidex.verification.packet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.packet.evidence.EvidenceBundle;
import dev.evidex.verification.packet.evidence.EvidenceCollector;
import dev.evidex.verification.packet.evidence.RecordReference;
import dev.evidex.verification.packet.query.QueryEvidence;
import dev.evidex.verification.packet.query.QueryInfo;
import dev.evidex.verification.packet.query.Sampling;
import dev.evidex.verification.testing.TestKeys;
import dev.evidex.verification.testing.TestStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A store with two logs and an artifact, a query whose rows name some of its records, and the
 * keys a third party would trust: everything a packet test needs, built through the real code.
 */
public final class PacketFixture {
    public static final Instant CREATED = Instant.parse("2026-04-01T12:00:00Z");

    public final TestStore store;
    public final KeyPair exporterKey = TestKeys.ecdsa();
    public final Signer exporterSigner;
    public final Path trustedKeys;
    public final List<RecordReference> rows = new ArrayList<>();

    public PacketFixture(Path directory) throws Exception {
        store = new TestStore(directory.resolve("store"));
        store.append("ci.app", 4);
        store.appendWithArtifact("ci.app", "SPDX-2.3 sbom bytes".getBytes(StandardCharsets.UTF_8));
        store.append("ci.app", 3);
        store.append("cluster.prod", 5);
        store.append("ci.app", 2);
        exporterSigner = PacketSigners.deterministic(exporterKey.getPrivate(), exporterKey.getPublic());
        trustedKeys = Files.createDirectories(directory.resolve("trusted"));
        Files.write(trustedKeys.resolve("seal.json"), store.keyEntry.toCanonicalJson());
        Files.write(trustedKeys.resolve("exporter.json"), exporterEntry(exporterKey).toCanonicalJson());
        rows.addAll(List.of(new RecordReference("ci.app", 1), new RecordReference("ci.app", 4),
                new RecordReference("ci.app", 6), new RecordReference("cluster.prod", 2)));
    }

    public static KeyArchiveEntry exporterEntry(KeyPair key) {
        return new KeyArchiveEntry(key.getPublic(), List.of(KeyPurpose.PACKET_SIGNING),
                Instant.parse("2026-01-01T00:00:00Z"), Optional.empty(), Optional.empty());
    }

    /** A query over {@code rows}: columns log, index, service (with a comma and quotes, for CSV). */
    public QueryEvidence query(String id, Optional<Sampling.Sample> sample) {
        StringBuilder result = new StringBuilder("[\"log\",\"index\",\"service\"]\n");
        for (RecordReference row : rows) {
            ArrayNode line = Json.mapper().createArrayNode().add(row.log()).add(row.index()).add("svc, \"" + row.index() + "\"");
            result.append(CanonicalJson.string(line)).append('\n');
        }
        byte[] canonical = result.toString().getBytes(StandardCharsets.UTF_8);
        String sql = "SELECT log, index, service FROM evidence_records WHERE dt >= ?";
        QueryInfo info = new QueryInfo(id, "Records for " + id, "Which records?",
                List.of("09.aa Audit Logging"), List.of("164.312(b) Audit controls"),
                List.of(new QueryInfo.Column("log", "varchar"), new QueryInfo.Column("index", "bigint"),
                        new QueryInfo.Column("service", "varchar")),
                QueryInfo.conventionalReferences(List.of("log", "index", "service")));
        ObjectNode parameters = Json.mapper().createObjectNode();
        parameters.putObject("parameters").put("from", "2026-03-01");
        return new QueryEvidence(info, sql, CanonicalJson.bytes(parameters), receipt(id, sql, canonical, rows.size()),
                canonical, sample);
    }

    static byte[] receipt(String id, String sql, byte[] canonical, int rowCount) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("schema_version", 1);
        node.put("query_id", id);
        node.put("pack", "evidex-audit-pack");
        node.put("pack_version", "1.0.0");
        node.put("dialect", "duckdb");
        node.put("sql_sha256", Hashes.hex(Hashes.sha256(sql.getBytes(StandardCharsets.UTF_8))));
        node.putObject("parameters").put("from", "2026-03-01");
        node.putArray("bound_arguments").add("DATE '2026-03-01'");
        node.put("engine", "duckdb");
        node.put("execution_id", "duckdb-1");
        node.put("started_at", "2026-04-01T11:59:58Z");
        node.put("finished_at", "2026-04-01T11:59:59Z");
        node.putNull("data_scanned_bytes");
        node.putNull("engine_time_ms");
        node.put("row_count", rowCount);
        node.put("result_sha256", Hashes.hex(Hashes.sha256(canonical)));
        return CanonicalJson.bytes(node);
    }

    public PacketContents contents(List<QueryEvidence> queries) throws Exception {
        List<RecordReference> references = new ArrayList<>();
        for (QueryEvidence query : queries) {
            references.addAll(PacketLayout.references(query));
        }
        EvidenceBundle evidence = new EvidenceCollector(new EvidenceCollector.Options(store.trustedKeys(), 2, () -> false))
                .collect(store.store.objects(), references);
        return new PacketContents(CREATED, "auditor@example.com", "sso", "0.1.0-test",
                new Assessment("Acme Health", AssessmentType.I1, List.of("ci.app", "cluster prod"),
                        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")),
                queries, evidence, List.of("09.aa", "10.g"), RetentionStatement.local(store.root.toString()));
    }

    public WrittenPacket write(Path target) throws Exception {
        return write(target, ReportRenderer.NONE, Optional.empty());
    }

    public WrittenPacket write(Path target, ReportRenderer reports, Optional<Sampling.Sample> sample) throws Exception {
        return new PacketWriter(exporterSigner, reports).write(contents(List.of(query("audit-records", sample))), target);
    }

    public static String text(Path file) throws IOException {
        return Files.readString(file);
    }

}
