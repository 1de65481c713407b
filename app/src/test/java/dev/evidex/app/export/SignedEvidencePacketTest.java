package dev.evidex.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.cli.CollectorMain;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.packet.Assessment;
import dev.evidex.verification.packet.AssessmentType;
import dev.evidex.verification.packet.query.QueryInfo;
import dev.evidex.verification.packet.signature.SignatureResult;
import dev.evidex.verification.packet.verify.PacketReport;
import dev.evidex.verification.packet.verify.PacketVerifier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole path with real parts: `evidex-collector sign` records a Cosign signature (the Cosign
 * project's fixture) with its payload, signature and key as artifacts; `evidex export` puts that
 * record in a packet; `evidex-verify packet` re-verifies the signature from the packet alone.
 */
class SignedEvidencePacketTest {
    private static final Instant SIGNED = Instant.parse("2026-02-01T10:00:00Z");

    @TempDir
    Path directory;

    @Test
    void aSignatureRecordedByTheCollectorIsReVerifiedFromTheExportedPacket() throws Exception {
        PacketReport report = exportAndVerify("valid-key");

        assertThat(report.failures()).as(report.toText()).isEmpty();
        assertThat(report.signatures()).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(SignatureResult.Status.VERIFIED);
            assertThat(result.kind()).isEqualTo("cosign-simple-signing");
        });
    }

    @Test
    void aSignatureTheCollectorRecordedAsFailedFailsAgainInThePacket() throws Exception {
        PacketReport report = exportAndVerify("unknown-key");

        assertThat(report.verified()).isFalse();
        assertThat(report.toText()).contains("[artifact-signature] acme.api#0 sha256:", "cosign-simple-signing failed: signature: ");
    }

    private PacketReport exportAndVerify(String signatureCase) throws Exception {
        Path cosign = Path.of(System.getProperty("evidex.fixtures", "../../shared/fixtures"), "cosign/containers-image");
        assumeTrue(Files.isDirectory(cosign), "Cosign fixtures absent");
        Path store = directory.resolve("store");
        Path trust = Files.createDirectories(directory.resolve("trust"));
        Path sealKey = key(directory.resolve("seal.pem"), KeyPurpose.SEAL_SIGNING, trust.resolve("seal.json"));
        Path exporterKey = key(directory.resolve("exporter.pem"), KeyPurpose.PACKET_SIGNING, trust.resolve("exporter.json"));
        String digest = "sha256:" + Hashes.hex(Hashes.sha256(Files.readAllBytes(cosign.resolve("valid-key/manifest.json"))));
        int exit = collector("sign", "--store", store.toString(), "--signing-key", "file:" + sealKey,
                "--spool", directory.resolve("spool").toString(), "--log", "acme.api", "--digest", digest,
                "--payload", cosign.resolve(signatureCase + "/payload.json").toString(),
                "--signature", cosign.resolve(signatureCase + "/payload.sig").toString(),
                "--key", cosign.resolve("cosign.pub").toString());
        assertThat(exit).isEqualTo(signatureCase.equals("valid-key") ? 0 : 1);

        Path packet = directory.resolve("packet.zip");
        new PacketExporter(signatureQuery()).export(new ExportRequest(EvidenceSource.local(store),
                List.of(new ExportRequest.QueryRequest("signatures", Map.of())),
                new Assessment("Acme Health", AssessmentType.R2, List.of("ci"), LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-12-31")), List.of("10.h"), Optional.empty(), exporterKey, Optional.of(trust),
                "auditor", "local", SIGNED.plusSeconds(3600), packet), (step, fraction) -> { }, () -> false);
        return new PacketVerifier(PacketVerifier.Options.trusting(TrustedKeys.load(trust), trust)).verify(packet);
    }

    private int collector(String... args) {
        CommandLine commandLine = CollectorMain.commandLine(Map.of(), Clock.fixed(SIGNED, ZoneOffset.UTC));
        StringWriter output = new StringWriter();
        commandLine.setOut(new PrintWriter(output, true));
        commandLine.setErr(new PrintWriter(output, true));
        return commandLine.execute(args);
    }

    /** A query whose one row names the signature record (acme.api, leaf 0). */
    private static QuerySource signatureQuery() {
        return (queryId, parameters, cancelled) -> {
            byte[] result = "[\"log\",\"index\"]\n[\"acme.api\",0]\n".getBytes(StandardCharsets.UTF_8);
            String sql = "SELECT log, index FROM evidence_records WHERE stream = 'signature'";
            ObjectNode receipt = Json.mapper().createObjectNode();
            receipt.put("query_id", queryId);
            receipt.put("engine", "test");
            receipt.put("sql_sha256", Hashes.hex(Hashes.sha256(sql.getBytes(StandardCharsets.UTF_8))));
            receipt.putObject("parameters");
            receipt.put("row_count", 1);
            receipt.put("result_sha256", Hashes.hex(Hashes.sha256(result)));
            ObjectNode parametersJson = Json.mapper().createObjectNode();
            parametersJson.putObject("parameters");
            List<String> columns = List.of("log", "index");
            return new QuerySource.QueryRun(new QueryInfo(queryId, "Signatures", "Which images were signed?",
                    List.of("10.h Control of Operational Software"), List.of(),
                    List.of(new QueryInfo.Column("log", "varchar"), new QueryInfo.Column("index", "bigint")),
                    QueryInfo.conventionalReferences(columns)), sql, CanonicalJson.bytes(parametersJson),
                    CanonicalJson.bytes(receipt), result);
        };
    }

    private static Path key(Path file, KeyPurpose purpose, Path trustEntry) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(file, LocalSigner.toPem(pair.getPrivate(), pair.getPublic()), StandardCharsets.US_ASCII);
        Files.write(trustEntry, new KeyArchiveEntry(pair.getPublic(), List.of(purpose), Instant.parse("2000-01-01T00:00:00Z"),
                Optional.empty(), Optional.empty()).toCanonicalJson());
        return file;
    }
}
