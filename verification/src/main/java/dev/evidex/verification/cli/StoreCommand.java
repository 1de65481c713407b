package dev.evidex.verification.cli;

import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.seal.SealException;
import dev.evidex.verification.store.LocalObjectStore;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.verify.StoreVerifier;
import dev.evidex.verification.store.verify.VerificationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evidex-verify store}: verifies a whole local evidence store. */
@Command(name = "store", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Verifies a local evidence store: seal chain and signatures under trusted keys and their",
            "validity windows, batch digests, Merkle roots, record order, artifacts, unsealed objects,",
            "and (with --checkpoint) that the store was not rolled back or forked since a checkpoint."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:store verified", "1:verification failed (every failure is listed)", "2:usage or input error"})
public final class StoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The store directory.")
    Path store;

    @Option(names = "--trusted-keys", required = true, paramLabel = "DIR_OR_FILE",
            description = "Trusted seal-signing keys: key archive entries (*.json, with validity windows) or PEM public keys.")
    Path trustedKeys;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "A seal obtained earlier; the store must be consistent with it (repeatable).")
    List<Path> checkpoints = new ArrayList<>();

    @Option(names = "--deep", description = "Also check the canonical form of every record (slower; always done for a batch that fails).")
    boolean deep;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--parallelism", paramLabel = "N", description = "Logs verified in parallel (default: ${DEFAULT-VALUE}).")
    int parallelism = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(store) || !Files.isDirectory(store.resolve("seals"))) {
            err.println("error: " + store + " is not an evidence store (no seals/ folder)");
            return ExitCodes.USAGE;
        }
        StoreVerifier.Options options;
        try {
            options = new StoreVerifier.Options(TrustedKeys.load(trustedKeys), readCheckpoints(), Math.max(1, parallelism),
                    deep, ConsoleProgress.forConsole(err, "verifying"), () -> false);
        } catch (KeyFormatException | SealException | IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return verifyAndPrint(new LocalObjectStore(store), options, json, out);
    }

    /**
     * Verifies a store wherever its objects are (a folder here; an S3 prefix from the {@code evidex}
     * command, which may use AWS) and prints the report as text or JSON.
     *
     * @return {@link ExitCodes#OK} if it verified, else {@link ExitCodes#FAILED}
     */
    public static int verifyAndPrint(ObjectStore objects, StoreVerifier.Options options, boolean json, PrintWriter out)
            throws IOException {
        VerificationReport report = new StoreVerifier(options).verify(objects);
        if (json) {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson()));
        } else {
            out.print(report.toText());
        }
        out.flush();
        return report.verified() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private List<Seal> readCheckpoints() throws IOException, SealException {
        List<Seal> seals = new ArrayList<>();
        for (Path checkpoint : checkpoints) {
            if (Files.size(checkpoint) > Seal.MAX_BYTES) {
                throw new SealException(checkpoint + ": larger than a seal can be");
            }
            try {
                seals.add(Seal.parse(Files.readAllBytes(checkpoint)));
            } catch (SealException e) {
                throw new SealException(checkpoint + ": " + e.getMessage(), e);
            }
        }
        return seals;
    }
}
