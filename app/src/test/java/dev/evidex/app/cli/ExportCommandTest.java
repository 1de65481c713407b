package dev.evidex.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.export.ExportFixtureAccess;
import dev.evidex.verification.cli.VerifyMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir
    Path directory;
    ExportFixtureAccess fixture;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ExportFixtureAccess(directory);
    }

    private int export(String... args) {
        CommandLine commandLine = new CommandLine(new ExportCommand(store -> fixture.engine()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String[] arguments(String... extra) {
        String[] base = {"--store", fixture.store().toString(), "--query", "rejected-admissions", "--param", "from=2026-01-01",
            "--controls", "10.h,09.aa", "--assessment", fixture.assessment().toString(), "--signing-key", fixture.signingKey().toString(),
            "--created", "2026-03-01T00:00:00Z", "--out", directory.resolve("packet.zip").toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void headlessExportWritesAPacketThatEvidexVerifyAccepts() {
        assertThat(export(arguments())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("packet        " + directory.resolve("packet.zip"), "sha256        ",
                "exporter key  " + fixture.exporterKeyId());

        StringWriter verified = new StringWriter();
        CommandLine verify = VerifyMain.commandLine();
        verify.setOut(new PrintWriter(verified, true));
        assertThat(verify.execute("packet", directory.resolve("packet.zip").toString(), "--trusted-keys",
                fixture.trustedKeys().toString())).as(verified.toString()).isZero();
    }

    @Test
    void scheduledExportsOfTheSameInputsAreByteIdentical() throws Exception {
        assertThat(export(arguments())).isZero();
        byte[] first = Files.readAllBytes(directory.resolve("packet.zip"));
        assertThat(export(arguments())).isZero();
        assertThat(Files.mismatch(directory.resolve("packet.zip"), Files.write(directory.resolve("first.zip"), first))).isEqualTo(-1L);
    }

    @Test
    void usageErrorsExitTwoAndWriteNothing() {
        assertThat(export(arguments("--sample", "5"))).isEqualTo(2);
        assertThat(err.toString()).contains("--sample and --seed go together");
        assertThat(export("--store", directory.toString(), "--query", "x", "--assessment", "a.json", "--signing-key", "k",
                "--out", "o.zip")).isEqualTo(2);
        assertThat(err.toString()).contains("is not an evidence store");
        assertThat(directory.resolve("packet.zip")).doesNotExist();
    }

    @Test
    void aTamperedStoreExitsOne() throws Exception {
        Path batch;
        try (var files = Files.walk(fixture.store().resolve("records"))) {
            batch = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
        }
        Files.writeString(batch, Files.readString(batch).replace("denied", "allowd"));
        assertThat(export(arguments())).isEqualTo(1);
        assertThat(err.toString()).contains("the store does not verify");
    }
}
