package dev.evidex.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.app.testing.DemoStores;
import dev.evidex.app.testing.FakeS3Server;
import dev.evidex.app.testing.S3Uploads;
import dev.evidex.querypack.athena.FakeAthenaServer;
import dev.evidex.verification.cli.VerifyMain;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.LocalSigner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code evidex export --s3}: a demo store uploaded with Object Lock into the in-process S3 server,
 * queried on the in-process Athena server, exported with each object's retention read at export time,
 * then verified offline with {@code evidex-verify packet}.
 */
final class ExportFromS3Test {
    private static final String BUCKET = "acme-evidence";
    private static final String PREFIX = "evidex/acme";
    private static final Instant RETAIN_UNTIL = Instant.parse("2032-06-30T00:00:00Z");

    @TempDir
    static Path temp;

    private static Path store;
    private static Path trusted;
    private static Path signingKey;
    private static Path assessment;
    private static FakeS3Server s3;
    private static FakeAthenaServer athena;

    @BeforeAll
    static void start() throws Exception {
        store = DemoStores.create(temp);
        trusted = Files.createDirectories(temp.resolve("trusted"));
        try (Stream<Path> keys = Files.list(DemoStores.trustedKeys(store))) {
            for (Path key : keys.toList()) {
                Files.copy(key, trusted.resolve(key.getFileName()));
            }
        }
        signingKey = packetSigningKey();
        assessment = Files.writeString(temp.resolve("assessment.json"), "{\"organisation\":\"Acme Health\","
                + "\"type\":\"r2\",\"scope\":[\"production clusters\"],\"period\":{\"from\":\"2025-01-01\",\"to\":\"2025-06-30\"}}");
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "secret");
        s3 = FakeS3Server.writable(BUCKET, PREFIX, Files.createDirectories(temp.resolve("bucket")));
        // Every store object under COMPLIANCE lock, except the key archive entries, which get none.
        S3Uploads.upload(s3.endpoint(), BUCKET, PREFIX, store, key -> !key.startsWith("keys/"), RETAIN_UNTIL);
        athena = FakeAthenaServer.start(store);
    }

    @AfterAll
    static void stop() {
        s3.close();
        athena.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private static CommandResult export(Path packet, String... extra) {
        List<String> args = new ArrayList<>(List.of("export", "--s3", "s3://" + BUCKET + "/" + PREFIX, "--region", "eu-west-1",
                "--s3-endpoint", s3.endpoint().toString(), "--endpoint", athena.endpoint().toString(), "--workgroup", "evidex",
                "--output-location", "s3://results/", "--query", "rejected-admissions", "--query", "signed-images-in-production",
                "--param", "from=2025-04-01", "--param", "to=2025-06-29", "--controls", "10.h",
                "--assessment", assessment.toString(), "--signing-key", signingKey.toString(),
                "--created", "2025-06-30T12:00:00Z", "--out", packet.toString()));
        args.addAll(Arrays.asList(extra));
        return CommandResult.run(args.toArray(String[]::new));
    }

    @Test
    void aPacketFromS3ListsEveryExportedObjectsRetentionAndVerifiesOffline() throws Exception {
        Path packet = temp.resolve("s3-packet.zip");
        CommandResult exported = export(packet, "--trusted-keys", trusted.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(athena.requests("StartQueryExecution")).isGreaterThanOrEqualTo(2);

        JsonNode retention = Json.mapper().readTree(entry(packet, "retention.json"));
        assertThat(retention.path("store_kind").asText()).isEqualTo("s3");
        assertThat(retention.path("store").asText()).isEqualTo("s3://" + BUCKET + "/" + PREFIX);
        assertThat(Instant.parse(retention.path("read_at").asText())).isAfter(Instant.now().minusSeconds(600));
        Map<String, JsonNode> objects = new TreeMap<>();
        retention.path("objects").forEach(object -> objects.put(object.path("key").asText(), object));
        assertThat(objects.keySet()).isEqualTo(exportedStoreKeys(packet));
        assertThat(objects.keySet()).anyMatch(key -> key.startsWith("records/")).anyMatch(key -> key.startsWith("seals/"))
                .anyMatch(key -> key.startsWith("keys/")).anyMatch(key -> key.startsWith("artifacts/sha256/"));
        objects.forEach((key, object) -> {
            if (key.startsWith("keys/")) {
                assertThat(object.get("mode").isNull()).as(key).isTrue();
                assertThat(object.get("retain_until").isNull()).as(key).isTrue();
            } else {
                assertThat(object.path("mode").asText()).as(key).isEqualTo("COMPLIANCE");
                assertThat(Instant.parse(object.path("retain_until").asText())).as(key).isEqualTo(RETAIN_UNTIL);
            }
        });

        StringWriter report = new StringWriter();
        CommandLine verify = VerifyMain.commandLine();
        verify.setOut(new PrintWriter(report, true));
        verify.setErr(new PrintWriter(report, true));
        assertThat(verify.execute("packet", packet.toString(), "--trusted-keys", trusted.toString())).as(report.toString()).isZero();
        long locked = objects.keySet().stream().filter(key -> !key.startsWith("keys/")).count();
        String unlocked = String.join(", ", objects.keySet().stream().filter(key -> key.startsWith("keys/")).toList());
        assertThat(report.toString()).startsWith("VERIFIED").contains("note: retention: " + objects.size()
                + " exported objects of s3://" + BUCKET + "/" + PREFIX + " read ", locked + " under Object Lock COMPLIANCE; ",
                "WITHOUT an Object Lock (" + unlocked + "); earliest retain-until 2032-06-30T00:00:00Z");
        assertThat(new String(entry(packet, "report.html"), StandardCharsets.UTF_8)).contains("WITHOUT an Object Lock");
    }

    @Test
    void anS3StoreWithoutTrustedKeysIsRefusedBeforeAnyQueryRuns() {
        int started = athena.requests("StartQueryExecution");
        Path packet = temp.resolve("untrusted.zip");
        CommandResult result = export(packet);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("error: exporting from s3://" + BUCKET + "/" + PREFIX
                + " needs the seal keys to trust, given explicitly (--trusted-keys");
        assertThat(athena.requests("StartQueryExecution")).isEqualTo(started);
        assertThat(packet).doesNotExist();
    }

    @Test
    void badStoreChoicesExitTwoWithTheReason() {
        Path packet = temp.resolve("bad.zip");
        CommandResult both = export(packet, "--store", store.toString(), "--trusted-keys", trusted.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");

        CommandResult badUri = CommandResult.run("export", "--s3", "https://" + BUCKET, "--query", "rejected-admissions",
                "--assessment", assessment.toString(), "--signing-key", signingKey.toString(), "--out", packet.toString());
        assertThat(badUri.exitCode()).isEqualTo(2);
        assertThat(badUri.err()).contains("--s3 must be s3://BUCKET/PREFIX");

        CommandResult s3OptionOnLocal = CommandResult.run("export", "--store", store.toString(), "--region", "eu-west-1",
                "--query", "rejected-admissions", "--assessment", assessment.toString(), "--signing-key", signingKey.toString(),
                "--out", packet.toString());
        assertThat(s3OptionOnLocal.exitCode()).isEqualTo(2);
        assertThat(s3OptionOnLocal.err()).contains("--region applies to an S3 store (--s3) only");
        assertThat(packet).doesNotExist();
    }

    /**
     * The store objects the packet's evidence came from, worked out from the packet and the store
     * alone: the seal file with the checkpoint's bytes, the batch objects holding the exported
     * lines, the key entries and artifacts by name.
     */
    private static TreeSet<String> exportedStoreKeys(Path packet) throws Exception {
        Map<String, String> lineToBatch = new HashMap<>();
        Map<String, String> sealBytes = new HashMap<>();
        try (Stream<Path> files = Files.walk(store)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String key = store.relativize(file).toString().replace('\\', '/');
                if (key.startsWith("records/")) {
                    Files.readAllLines(file).forEach(line -> lineToBatch.put(line, key));
                } else if (key.startsWith("seals/")) {
                    sealBytes.put(Files.readString(file), key);
                }
            }
        }
        TreeSet<String> keys = new TreeSet<>();
        try (ZipFile zip = new ZipFile(packet.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                if (name.endsWith("/records.jsonl")) {
                    text.lines().forEach(line -> keys.add(Optional.ofNullable(lineToBatch.get(line)).orElseThrow()));
                } else if (name.endsWith("/checkpoint.json")) {
                    keys.add(Optional.ofNullable(sealBytes.get(text)).orElseThrow());
                } else if (name.startsWith("evidence/keys/")) {
                    keys.add("keys/" + name.substring("evidence/keys/".length()));
                } else if (name.startsWith("evidence/artifacts/sha256/")) {
                    keys.add("artifacts/sha256/" + name.substring("evidence/artifacts/sha256/".length()));
                }
            }
        }
        return keys;
    }

    private static byte[] entry(Path packet, String name) throws Exception {
        try (ZipFile zip = new ZipFile(packet.toFile())) {
            return zip.getInputStream(zip.getEntry(name)).readAllBytes();
        }
    }

    private static Path packetSigningKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        Files.write(trusted.resolve("exporter.json"), new KeyArchiveEntry(pair.getPublic(), List.of(KeyPurpose.PACKET_SIGNING),
                DemoStores.END.minusSeconds(86_400 * 365L), Optional.empty(), Optional.empty()).toCanonicalJson());
        return Files.writeString(temp.resolve("packet-signing.pem"), LocalSigner.toPem(pair.getPrivate(), pair.getPublic()));
    }
}
