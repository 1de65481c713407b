package dev.evidex.verification.packet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.evidex.verification.packet.PacketFixture;
import dev.evidex.verification.packet.WrittenPacket;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the report tells an assessor to run with plain tools works, on this machine's sha256sum and openssl. */
class PlainToolsVerificationTest {
    @TempDir
    Path directory;
    Path unpacked;
    PacketFixture fixture;

    @BeforeEach
    void unpack() throws Exception {
        fixture = new PacketFixture(directory);
        WrittenPacket packet = fixture.write(directory.resolve("packet.zip"), new PacketReports(), Optional.empty());
        unpacked = Files.createDirectories(directory.resolve("unpacked"));
        try (ZipFile zip = new ZipFile(packet.path().toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                Path target = unpacked.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(unpacked)).isTrue();
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
    }

    @Test
    void sha256sumChecksEveryFile() throws Exception {
        assumeTrue(available("sha256sum", "--version"), "sha256sum is not installed on this machine");
        Result result = run("sha256sum", "-c", "--strict", "SHA256SUMS");
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("queries/audit-records/result.csv: OK", "report.pdf: OK").doesNotContain("FAILED");

        Files.writeString(unpacked.resolve("queries/audit-records/result.csv"), "tampered\r\n");
        assertThat(run("sha256sum", "-c", "--quiet", "SHA256SUMS").output()).contains("queries/audit-records/result.csv: FAILED");
    }

    @Test
    void opensslVerifiesTheManifestSignatureAndPrintsTheKeyId() throws Exception {
        assumeTrue(available("openssl", "version"), "openssl is not installed on this machine");
        Result verified = run("openssl", "dgst", "-sha256", "-verify", "exporter.pub", "-signature", "manifest.sig", "manifest.json");
        assertThat(verified.exit()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Verified OK");

        Result der = run("sh", "-c", "openssl pkey -pubin -in exporter.pub -outform DER | sha256sum");
        assertThat(der.output()).startsWith(fixture.exporterSigner.keyId().substring("sha256:".length()));

        Files.writeString(unpacked.resolve("manifest.json"), Files.readString(unpacked.resolve("manifest.json")).replace("Acme", "Acne"));
        assertThat(run("openssl", "dgst", "-sha256", "-verify", "exporter.pub", "-signature", "manifest.sig", "manifest.json")
                .output()).contains("Verification failure");
    }

    @Test
    void sha256sumsIsTheFileTheManifestLists() throws Exception {
        assumeTrue(available("sha256sum", "--version"), "sha256sum is not installed on this machine");
        String digest = run("sha256sum", "SHA256SUMS").output().substring(0, 64);
        assertThat(Files.readString(unpacked.resolve("manifest.json")))
                .contains("{\"path\":\"SHA256SUMS\",\"role\":\"checksums\",\"sha256\":\"" + digest + "\"");
    }

    private record Result(int exit, String output) {}

    private Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).directory(unpacked.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static boolean available(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
