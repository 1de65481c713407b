package dev.evidex.verification.cli;

import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.packet.PacketVerificationException;
import dev.evidex.verification.packet.verify.PacketReport;
import dev.evidex.verification.packet.verify.PacketVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evidex-verify packet}: verifies a HITRUST evidence packet offline. */
@Command(name = "packet", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Verifies an Evidex evidence packet offline: manifest signature, every entry's size and SHA-256,",
            "no unlisted entries, results against their receipts, every record's inclusion proof against its",
            "signed checkpoint, checkpoint signatures under keys valid at their time, artifact digests.",
            "Without --trusted-keys, trust is taken from the packet itself and the report says so."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:packet verified", "1:verification failed or the packet is unsafe to read (every failure is listed)",
            "2:usage or input error"})
public final class PacketCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "The packet.")
    Path packet;

    @Option(names = "--trusted-keys", paramLabel = "DIR_OR_FILE",
            description = "Trusted exporter (packet-signing) and seal-signing keys: key archive entries (*.json) or PEM public keys.")
    Path trustedKeys;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(packet)) {
            err.println("error: " + packet + " is not a file");
            return ExitCodes.USAGE;
        }
        PacketVerifier.Options options;
        try {
            options = trustedKeys == null ? PacketVerifier.Options.trustingThePacket()
                    : PacketVerifier.Options.trusting(TrustedKeys.load(trustedKeys), trustedKeys);
        } catch (KeyFormatException | IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PacketReport report;
        try {
            report = new PacketVerifier(options).verify(packet);
        } catch (PacketVerificationException e) {
            if (json) {
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(Json.mapper().createObjectNode()
                        .put("packet", packet.toString()).put("verified", false).put("error", e.getMessage())));
            } else {
                out.println("FAILED: " + packet);
                out.println("  " + e.getMessage());
            }
            out.flush();
            return ExitCodes.FAILED;
        }
        out.print(json ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson()) + "\n" : report.toText());
        out.flush();
        return report.verified() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
