package dev.evidex.verification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.verification.json.Json;
import dev.evidex.verification.packet.PacketFixture;
import dev.evidex.verification.packet.WrittenPacket;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PacketCommandTest {
    @TempDir
    Path directory;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    PacketFixture fixture;
    WrittenPacket packet;

    @BeforeEach
    void export() throws Exception {
        fixture = new PacketFixture(directory);
        packet = fixture.write(directory.resolve("packet.zip"));
    }

    private int run(String... args) {
        CommandLine commandLine = VerifyMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void aGoodPacketExitsZeroAndPrintsTheFingerprintsToCompare() {
        assertThat(run("packet", packet.path().toString(), "--trusted-keys", fixture.trustedKeys.toString())).isEqualTo(0);
        assertThat(out.toString()).startsWith("VERIFIED: ").contains("exporter key  " + fixture.exporterSigner.keyId(),
                "seal key      " + fixture.store.signer.keyId(), "trust       trusted keys from " + fixture.trustedKeys);
    }

    @Test
    void withoutTrustedKeysItStillVerifiesButWarns() {
        assertThat(run("packet", packet.path().toString())).isEqualTo(0);
        assertThat(out.toString()).contains("WARNING: no --trusted-keys given: trust was TAKEN FROM THE PACKET ITSELF.");
    }

    @Test
    void aTruncatedPacketExitsOneWithJson() throws Exception {
        byte[] bytes = Files.readAllBytes(packet.path());
        Path truncated = Files.write(directory.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length - 10));
        assertThat(run("packet", truncated.toString(), "--json")).isEqualTo(1);
        var report = Json.mapper().readTree(out.toString());
        assertThat(report.path("verified").asBoolean(true)).isFalse();
        assertThat(report.path("error").asText()).isEqualTo("not a complete ZIP file: no end of central directory (truncated?)");
    }

    @Test
    void aPacketSignedByAnUntrustedKeyExitsOne() throws Exception {
        Path otherKeys = Files.createDirectories(directory.resolve("other"));
        Files.copy(fixture.trustedKeys.resolve("seal.json"), otherKeys.resolve("seal.json"));
        assertThat(run("packet", packet.path().toString(), "--trusted-keys", otherKeys.toString(), "--json")).isEqualTo(1);
        var report = Json.mapper().readTree(out.toString());
        assertThat(report.path("failures").get(0).path("check").asText()).isEqualTo("exporter-key");
    }

    @Test
    void aMissingFileOrBadKeysIsAUsageError() throws Exception {
        assertThat(run("packet", directory.resolve("absent.zip").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a file");
        assertThat(run("packet", packet.path().toString(), "--trusted-keys", directory.resolve("none").toString())).isEqualTo(2);
    }
}
