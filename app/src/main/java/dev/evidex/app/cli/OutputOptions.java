package dev.evidex.app.cli;

import dev.evidex.app.query.OutputFormat;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where and how results and receipts are written. */
public final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (JSON Lines) (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "write rows to FILE instead of standard output")
    Path out;

    @Option(names = "--receipt", paramLabel = "FILE",
            description = "write the query receipt to FILE (default with --out: FILE.receipt.json)")
    Path receipt;

    Optional<Path> out() {
        return Optional.ofNullable(out);
    }

    Optional<Path> receipt() {
        return Optional.ofNullable(receipt).or(() -> out().map(o -> o.resolveSibling(o.getFileName() + ".receipt.json")));
    }
}
