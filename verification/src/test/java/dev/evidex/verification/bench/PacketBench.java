package dev.evidex.verification.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.packet.Assessment;
import dev.evidex.verification.packet.AssessmentType;
import dev.evidex.verification.packet.PacketContents;
import dev.evidex.verification.packet.PacketLayout;
import dev.evidex.verification.packet.PacketSigners;
import dev.evidex.verification.packet.PacketWriter;
import dev.evidex.verification.packet.RetentionStatement;
import dev.evidex.verification.packet.WrittenPacket;
import dev.evidex.verification.packet.evidence.EvidenceBundle;
import dev.evidex.verification.packet.evidence.EvidenceCollector;
import dev.evidex.verification.packet.query.QueryEvidence;
import dev.evidex.verification.packet.query.QueryInfo;
import dev.evidex.verification.packet.report.PacketReports;
import dev.evidex.verification.packet.verify.PacketReport;
import dev.evidex.verification.packet.verify.PacketVerifier;
import dev.evidex.verification.store.LocalObjectStore;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.testing.TestKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Benchmark: {@code PacketBench STORE TRUST_DIR RECORDS OUT.zip} exports a packet backing RECORDS
 * records (every k-th record of every log, as a query over them would name them) from a store
 * written by {@link GenerateStore}, with reports, then verifies it; prints times and sizes.
 */
public final class PacketBench {
    private PacketBench() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        TrustedKeys trusted = TrustedKeys.load(Path.of(args[1]));
        int wanted = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        KeyPair exporter = TestKeys.ecdsa();
        long started = System.nanoTime();
        QueryEvidence query = query(new LocalObjectStore(store), wanted);
        long queried = System.nanoTime();
        EvidenceBundle evidence = new EvidenceCollector(new EvidenceCollector.Options(trusted,
                Runtime.getRuntime().availableProcessors(), () -> false)).collect(new LocalObjectStore(store), PacketLayout.references(query));
        long collected = System.nanoTime();
        WrittenPacket packet = new PacketWriter(PacketSigners.deterministic(exporter.getPrivate(), exporter.getPublic()),
                new PacketReports()).write(new PacketContents(Instant.parse("2026-06-30T00:00:00Z"), "bench", "local", "bench",
                new Assessment("Bench Health", AssessmentType.I1, List.of("all logs"), LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-06-30")), List.of(query), evidence, List.of("09.aa"),
                RetentionStatement.local(store.toString())), out);
        long written = System.nanoTime();
        Path trustDirectory = Files.createTempDirectory("packet-bench-trust");
        Files.write(trustDirectory.resolve("exporter.json"), new KeyArchiveEntry(exporter.getPublic(),
                List.of(KeyPurpose.PACKET_SIGNING), Instant.EPOCH, Optional.empty(), Optional.empty()).toCanonicalJson());
        // Every seal key of the trust directory: stores rotate their seal keys.
        try (var keys = Files.list(Path.of(args[1]))) {
            for (Path key : keys.filter(file -> file.toString().endsWith(".json")).toList()) {
                Files.copy(key, trustDirectory.resolve(key.getFileName()));
            }
        }
        long verifyStarted = System.nanoTime();
        PacketReport report = new PacketVerifier(PacketVerifier.Options.trusting(TrustedKeys.load(trustDirectory), trustDirectory))
                .verify(packet.path());
        long verified = System.nanoTime();
        System.out.printf(Locale.ROOT, "records backed   %,d from %d logs (%,d leaves read)%n", evidence.records(),
                evidence.logs().size(), evidence.logs().stream().mapToLong(EvidenceBundle.LogSummary::treeSize).sum());
        System.out.printf(Locale.ROOT, "export           %.2f s (result %.2f, evidence %.2f, write+sign+reports %.2f)%n",
                (written - started) / 1e9, (queried - started) / 1e9, (collected - queried) / 1e9, (written - collected) / 1e9);
        System.out.printf(Locale.ROOT, "verify           %.2f s  %s, %d failures%n", (verified - verifyStarted) / 1e9,
                report.verified() ? "VERIFIED" : "FAILED", report.failures().size());
        System.out.printf(Locale.ROOT, "packet           %,d bytes  sha256 %s%n", packet.size(), packet.sha256());
        packet.manifest().entries().stream().filter(entry -> entry.size() > 1_000_000 || entry.path().startsWith("report"))
                .forEach(entry -> System.out.printf(Locale.ROOT, "  %-44s %,13d bytes%n", entry.path(), entry.size()));
        report.failures().stream().limit(5).forEach(failure -> System.out.println(failure.describe()));
    }

    /** Rows naming every k-th record of every log, so that about {@code wanted} records back the result. */
    private static QueryEvidence query(ObjectStore store, int wanted) throws Exception {
        List<String> logs = store.listFolders("seals/");
        long total = store.list("records/").stream().mapToLong(entry -> 0).sum();
        long perLog = (long) Math.ceil(wanted / (double) logs.size());
        StringBuilder result = new StringBuilder("[\"log\",\"index\"]\n");
        int rows = 0;
        for (String log : logs) {
            long size = dev.evidex.verification.seal.Seal.parse(store.read(
                    store.list("seals/" + log + "/").get(store.list("seals/" + log + "/").size() - 1).key(), 65536).orElseThrow()).treeSize();
            long step = Math.max(1, size / perLog);
            for (long index = 0; index < size && rows < wanted; index += step) {
                ArrayNode row = Json.mapper().createArrayNode().add(log).add(index);
                result.append(CanonicalJson.string(row)).append('\n');
                rows++;
            }
        }
        byte[] canonical = result.toString().getBytes(StandardCharsets.UTF_8);
        ObjectNode receipt = Json.mapper().createObjectNode();
        receipt.put("query_id", "bench-records");
        receipt.put("engine", "bench");
        String sql = "SELECT log, index FROM evidence_records";
        receipt.put("sql_sha256", Hashes.hex(Hashes.sha256(sql.getBytes(StandardCharsets.UTF_8))));
        receipt.putObject("parameters");
        receipt.put("row_count", rows);
        receipt.put("result_sha256", Hashes.hex(Hashes.sha256(canonical)));
        ObjectNode parameters = Json.mapper().createObjectNode();
        parameters.putObject("parameters");
        return new QueryEvidence(new QueryInfo("bench-records", "Bench records " + total, "Every k-th record", List.of("09.aa Audit Logging"),
                List.of("164.312(b) Audit controls"), List.of(new QueryInfo.Column("log", "varchar"), new QueryInfo.Column("index", "bigint")),
                QueryInfo.conventionalReferences(List.of("log", "index"))), sql, CanonicalJson.bytes(parameters),
                CanonicalJson.bytes(receipt), canonical, Optional.empty());
    }
}
