package dev.evidex.verification.packet.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.packet.PacketFixture;
import dev.evidex.verification.packet.PacketSigners;
import dev.evidex.verification.packet.PacketVerificationException;
import dev.evidex.verification.packet.WrittenPacket;
import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.store.StoreKeys;
import dev.evidex.verification.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each tamper fails with a message naming what was changed. "Re-signed" cases model an insider
 * holding the exporter key, so the checks behind the manifest signature are exercised too.
 */
class PacketTamperTest {
    private static final String CSV = "queries/audit-records/result.csv";
    private static final String RECORDS = "evidence/logs/ci.app/records.jsonl";
    private static final String PROOFS = "evidence/logs/ci.app/proofs.txt";
    private static final String CHECKPOINT = "evidence/logs/ci.app/checkpoint.json";

    @TempDir
    static Path shared;
    static PacketFixture fixture;
    static WrittenPacket packet;

    @TempDir
    Path directory;

    @FunctionalInterface
    interface Tamper {
        void apply(PacketTamper packet) throws Exception;
    }

    @BeforeEach
    void export() throws Exception {
        if (fixture == null) {
            fixture = new PacketFixture(shared);
            packet = fixture.write(shared.resolve("packet.zip"));
        }
    }

    static Stream<Arguments> tampers() {
        return Stream.of(
                Arguments.of("edit one CSV cell", (Tamper) p -> p.text(CSV, p.text(CSV).replace("ci.app,4", "ci.app,5")),
                        List.of("[entry] " + CSV + ": SHA-256 is ", "but the manifest says",
                                "[result-csv] " + CSV + ": row 2 differs from the hashed result: CSV has 'ci.app,5,")),
                Arguments.of("edit one CSV cell, re-signed", (Tamper) p -> {
                    p.text(CSV, p.text(CSV).replace("ci.app,4", "ci.app,5"));
                    p.resign(fixture.exporterSigner);
                }, List.of("[result-csv] " + CSV + ": row 2 differs from the hashed result: CSV has 'ci.app,5,\"svc, \"\"4\"\"\"'")),
                Arguments.of("drop a record, re-signed", (Tamper) p -> {
                    p.text(RECORDS, dropLine(p.text(RECORDS), 1));
                    p.resign(fixture.exporterSigner);
                }, List.of("[record-reference] queries/audit-records/result.jsonl: row 2 names record ci.app#4 (log, index), "
                        + "which the packet does not hold", "[inclusion-proof] " + PROOFS + ": holds 3 proofs for 2 records")),
                Arguments.of("swap an inclusion proof, re-signed", (Tamper) p -> {
                    p.text(PROOFS, swapProofs(p.text(PROOFS)));
                    p.resign(fixture.exporterSigner);
                }, List.of("[inclusion-proof] ci.app#1: record is not proven in checkpoint 3: inclusion proof for leaf 1",
                        "[inclusion-proof] ci.app#4: record is not proven in checkpoint 3")),
                Arguments.of("replace a seal with an older one, re-signed", (Tamper) p -> {
                    p.files.put(CHECKPOINT, fixture.store.store.objects().read(StoreKeys.seal("ci.app", 1), Seal.MAX_BYTES).orElseThrow());
                    p.resign(fixture.exporterSigner);
                }, List.of("[inclusion-proof] " + PROOFS + ": proves log ci.app at tree size 10 but the checkpoint is log ci.app at tree size 5")),
                Arguments.of("replace a seal with one signed by another key, re-signed", (Tamper) p -> {
                    p.text(CHECKPOINT, p.text(CHECKPOINT).replace("\"key_id\":\"" + fixture.store.signer.keyId(),
                            "\"key_id\":\"" + TestKeys.signer(TestKeys.ecdsa()).keyId()));
                    p.resign(fixture.exporterSigner);
                }, List.of("[checkpoint] " + CHECKPOINT + ": seal is signed by key sha256:", "which is not among the trusted keys")),
                Arguments.of("re-sign the manifest with another key", (Tamper) p -> p.resign(otherSigner()),
                        List.of("[exporter-key] sha256:", ": the packet is signed by a key that is not among the trusted keys")),
                Arguments.of("replace manifest.sig only", (Tamper) p -> p.files.put("manifest.sig",
                                otherSigner().sign(p.files.get("manifest.json"))),
                        List.of("[manifest-signature] manifest.sig: signature over manifest.json does not verify under exporter key")),
                Arguments.of("add an unlisted file", (Tamper) p -> p.text("queries/audit-records/extra.csv", "a,b\r\n"),
                        List.of("[unlisted-entry] queries/audit-records/extra.csv: the ZIP holds this entry but the manifest does not list it")),
                Arguments.of("manifest lies about a size, re-signed", (Tamper) p -> {
                    p.resign(fixture.exporterSigner);
                    p.text("manifest.json", p.text("manifest.json").replaceFirst("(\"path\":\"controls.json\",\"role\":\"controls\",\"sha256\":\"[0-9a-f]{64}\",\"size\":)(\\d+)", "$1" + "7"));
                    p.files.put("manifest.sig", fixture.exporterSigner.sign(p.files.get("manifest.json")));
                }, List.of("[entry] controls.json: holds ", " bytes but the manifest says 7")),
                Arguments.of("change the result and its CSV, re-signed", (Tamper) p -> {
                    String result = "queries/audit-records/result.jsonl";
                    p.text(result, p.text(result).replace("[\"ci.app\",4,", "[\"ci.app\",5,"));
                    p.text(CSV, p.text(CSV).replace("ci.app,4", "ci.app,5"));
                    p.resign(fixture.exporterSigner);
                }, List.of("[receipt] queries/audit-records/result.jsonl: hashes to ", "but the receipt's result_sha256 is ")),
                Arguments.of("remove a listed file", (Tamper) p -> p.files.remove("retention.json"),
                        List.of("[entry] retention.json: listed in the manifest but missing from the ZIP")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tampers")
    void tamperFailsWithAPreciseMessage(String name, Tamper tamper, List<String> expected) throws Exception {
        PacketTamper tampered = new PacketTamper(packet.path());
        tamper.apply(tampered);
        Path file = tampered.write(directory.resolve("tampered.zip"));

        PacketReport report = verifier().verify(file);

        assertThat(report.verified()).isFalse();
        assertThat(report.toText()).contains(expected);
    }

    @Test
    void untamperedRewriteStillVerifies() throws Exception {
        Path file = new PacketTamper(packet.path()).write(directory.resolve("rewritten.zip"));

        assertThat(verifier().verify(file).failures()).isEmpty();
    }

    @Test
    void truncatedZipIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(packet.path());
        Path file = Files.write(directory.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length - 100));

        assertThatThrownBy(() -> verifier().verify(file)).isInstanceOf(PacketVerificationException.class)
                .hasMessage("not a complete ZIP file: no end of central directory (truncated?)");
    }

    @Test
    void zipCutInsideAnEntryIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(packet.path());
        Path file = Files.write(directory.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> verifier().verify(file)).isInstanceOf(PacketVerificationException.class)
                .hasMessageContaining("truncated");
    }

    private static PacketVerifier verifier() throws Exception {
        return new PacketVerifier(PacketVerifier.Options.trusting(TrustedKeys.load(fixture.trustedKeys), fixture.trustedKeys));
    }

    private static Signer otherSigner() throws Exception {
        KeyPair other = TestKeys.ecdsa();
        return PacketSigners.deterministic(other.getPrivate(), other.getPublic());
    }

    private static String dropLine(String text, int line) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n")));
        lines.remove(line);
        return String.join("\n", lines) + "\n";
    }

    /** Swaps the node lists of the first two proofs, keeping their indices. */
    private static String swapProofs(String text) {
        String[] lines = text.split("\n", -1);
        int first = Arrays.asList(lines).indexOf(Arrays.stream(lines).filter(l -> l.startsWith("proofs ")).findFirst().orElseThrow()) + 1;
        String a = lines[first];
        String b = lines[first + 1];
        lines[first] = a.split(" ", 2)[0] + " " + b.split(" ", 2)[1];
        lines[first + 1] = b.split(" ", 2)[0] + " " + a.split(" ", 2)[1];
        return String.join("\n", lines);
    }
}
