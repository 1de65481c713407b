package dev.evidex.verification.cli;

import dev.evidex.verification.Versions;
import picocli.CommandLine.IVersionProvider;

/** Prints the product version for {@code --version} of every Evidex command. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "${COMMAND-FULL-NAME} " + Versions.version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
