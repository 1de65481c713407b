package dev.evidex.app.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.packet.query.QueryInfo;
import dev.evidex.verification.store.LocalStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A store written through the real appender, a packet-signing key on disk, and a fake query engine over the store. */
final class ExportFixture {
    static final Instant START = Instant.parse("2026-02-01T08:00:00Z");

    final Path store;
    final Path signingKey;
    final Path trustedKeys;
    final Path assessment;
    final String exporterKeyId;
    final int records = 30;

    ExportFixture(Path directory) throws Exception {
        store = directory.resolve("store");
        LocalStore local = LocalStore.open(store);
        KeyPair sealKey = ecdsa();
        KeyArchiveEntry sealEntry = new KeyArchiveEntry(sealKey.getPublic(), List.of(KeyPurpose.SEAL_SIGNING),
                START.minusSeconds(3600), Optional.empty(), Optional.empty());
        local.putKey(sealEntry);
        LocalSigner sealSigner = new LocalSigner(sealKey.getPrivate(), sealKey.getPublic());
        for (int batch = 0; batch < 3; batch++) {
            List<ObjectNode> batchRecords = new ArrayList<>();
            Instant time = START.plusSeconds(600L * batch);
            for (int i = 0; i < records / 3; i++) {
                ObjectNode record = Json.mapper().createObjectNode();
                record.put("stream", "admission");
                record.put("time", time.toString());
                record.put("source_kind", "cluster");
                record.put("decision", i % 4 == 0 ? "denied" : "allowed");
                batchRecords.add(record);
            }
            local.appender("cluster.prod", sealSigner, Clock.fixed(time, ZoneOffset.UTC)).append(batchRecords);
        }
        KeyPair exporter = ecdsa();
        exporterKeyId = new LocalSigner(exporter.getPrivate(), exporter.getPublic()).keyId();
        signingKey = Files.writeString(directory.resolve("packet-signing.key"), LocalSigner.toPem(exporter.getPrivate(), exporter.getPublic()));
        trustedKeys = Files.createDirectories(directory.resolve("trusted"));
        Files.write(trustedKeys.resolve("seal.json"), sealEntry.toCanonicalJson());
        Files.write(trustedKeys.resolve("exporter.json"), new KeyArchiveEntry(exporter.getPublic(),
                List.of(KeyPurpose.PACKET_SIGNING), START, Optional.empty(), Optional.empty()).toCanonicalJson());
        assessment = Files.writeString(directory.resolve("assessment.json"), "{\"organisation\":\"Acme Health\",\"type\":\"i1\","
                + "\"scope\":[\"cluster prod\"],\"period\":{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}}");
    }

    static KeyPair ecdsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** Answers "rejected-admissions": every fourth record of the cluster log, as the real query would name them. */
    static QuerySource fakeEngine(int records) {
        return (queryId, parameters, cancelled) -> {
            StringBuilder result = new StringBuilder("[\"time\",\"decision\",\"log\",\"index\"]\n");
            int rows = 0;
            for (int index = 0; index < records; index += 4) {
                ArrayNode row = Json.mapper().createArrayNode().add("2026-02-01T08:00:00Z").add("denied").add("cluster.prod").add(index);
                result.append(CanonicalJson.string(row)).append('\n');
                rows++;
            }
            byte[] canonical = result.toString().getBytes(StandardCharsets.UTF_8);
            String sql = "SELECT time, decision, log, index FROM evidence_records WHERE decision = 'denied' AND dt >= ?";
            ObjectNode receipt = Json.mapper().createObjectNode();
            receipt.put("query_id", queryId);
            receipt.put("engine", "fake");
            receipt.put("sql_sha256", Hashes.hex(Hashes.sha256(sql.getBytes(StandardCharsets.UTF_8))));
            ObjectNode receiptParameters = receipt.putObject("parameters");
            parameters.forEach(receiptParameters::put);
            receipt.put("row_count", rows);
            receipt.put("result_sha256", Hashes.hex(Hashes.sha256(canonical)));
            ObjectNode parametersJson = Json.mapper().createObjectNode();
            ObjectNode values = parametersJson.putObject("parameters");
            parameters.forEach(values::put);
            List<String> columns = List.of("time", "decision", "log", "index");
            return new QuerySource.QueryRun(new QueryInfo(queryId, "Rejected admissions", "Which admissions were rejected?",
                    List.of("10.h Control of Operational Software"), List.of("164.312(c)(1) Integrity"),
                    columns.stream().map(name -> new QueryInfo.Column(name, name.equals("index") ? "bigint" : "varchar")).toList(),
                    QueryInfo.conventionalReferences(columns)), sql, CanonicalJson.bytes(parametersJson),
                    CanonicalJson.bytes(receipt), canonical);
        };
    }

    static Map<String, String> parameters() {
        return Map.of("from", "2026-01-01");
    }
}
