package dev.evidex.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.testing.DemoStores;
import dev.evidex.verification.cli.VerifyMain;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.LocalSigner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole path: a demo store, {@code evidex export} on the real query pack, {@code evidex-verify packet}. */
class DemoExportVerifyTest {
    @TempDir
    Path temp;

    @Test
    void aPacketExportedFromTheDemoStoreVerifiesOffline() throws Exception {
        Path store = DemoStores.create(temp);
        Path trusted = Files.createDirectories(temp.resolve("trusted"));
        try (Stream<Path> keys = Files.list(DemoStores.trustedKeys(store))) {
            for (Path key : keys.toList()) {
                Files.copy(key, trusted.resolve(key.getFileName()));
            }
        }
        Path signingKey = packetSigningKey(trusted);
        Path assessment = Files.writeString(temp.resolve("assessment.json"), "{\"organisation\":\"Acme Health\","
                + "\"type\":\"i1\",\"scope\":[\"production clusters\"],\"period\":{\"from\":\"2025-01-01\",\"to\":\"2025-06-30\"}}");
        Path packet = temp.resolve("packet.zip");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine evidex = EvidexMain.commandLine();
        evidex.setOut(new PrintWriter(out, true));
        evidex.setErr(new PrintWriter(err, true));
        int exported = evidex.execute("export", "--store", store.toString(), "--query", "rejected-admissions",
                "--query", "signed-images-in-production", "--param", "from=2025-04-01", "--param", "to=2025-06-29",
                "--controls", "10.h", "--assessment", assessment.toString(), "--signing-key", signingKey.toString(),
                "--trusted-keys", DemoStores.trustedKeys(store).toString(), "--sample", "5", "--seed", "audit-2025",
                "--out", packet.toString());
        assertThat(exported).as(err.toString()).isZero();
        assertThat(out.toString()).contains("packet        " + packet);

        StringWriter report = new StringWriter();
        CommandLine verify = VerifyMain.commandLine();
        verify.setOut(new PrintWriter(report, true));
        verify.setErr(new PrintWriter(report, true));
        assertThat(verify.execute("packet", packet.toString(), "--trusted-keys", trusted.toString()))
                .as(report.toString()).isZero();
        assertThat(report.toString()).startsWith("VERIFIED").containsPattern("receipt +2 checked")
                .containsPattern("inclusion-proof +10 checked");
    }

    private static Path packetSigningKey(Path trusted) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        Files.write(trusted.resolve("exporter.json"), new KeyArchiveEntry(pair.getPublic(), List.of(KeyPurpose.PACKET_SIGNING),
                DemoStores.END.minusSeconds(86_400 * 365L), Optional.empty(), Optional.empty()).toCanonicalJson());
        return write(trusted.resolveSibling("packet-signing.pem"), LocalSigner.toPem(pair.getPrivate(), pair.getPublic()));
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text);
    }
}
