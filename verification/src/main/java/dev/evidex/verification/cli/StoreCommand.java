package dev.evidex.verification.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code evidex-verify store}: verifies a whole local evidence store. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Verifies a local evidence store.")
public final class StoreCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCodes.USAGE;
    }
}
