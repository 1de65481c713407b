package dev.evidex.collector.cli;

import dev.evidex.collector.demo.DemoGenerator;
import dev.evidex.verification.cli.ExitCodes;
import dev.evidex.verification.keys.KeyArchiveEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evidex-collector demo}: a deterministic, realistic demo store. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Generates a demo evidence store with the collector's own ingest code: services' CI runs over months",
            "(tests, SBOMs, Trivy/Semgrep findings and gates, signatures, provenance, pushes, deploys) and the",
            "clusters' admission decisions, sealed with two seal keys (rotated halfway). The same --seed gives the",
            "same records. Prints where the trusted keys are, for evidex-verify store."
        })
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "New (empty) store directory.")
    Path out;

    @Option(names = "--seed", required = true, paramLabel = "N", description = "Random seed.")
    long seed;

    @Option(names = "--days", paramLabel = "D", description = "Simulated period in days (default: ${DEFAULT-VALUE}).")
    int days = 180;

    @Option(names = "--services", paramLabel = "S", description = "Services (default: ${DEFAULT-VALUE}).")
    int services = 36;

    @Option(names = "--records", paramLabel = "R", description = "Records to generate (default: ${DEFAULT-VALUE}).")
    long records = 50_000;

    @Option(names = "--end", paramLabel = "DATE",
            description = "Last day of the simulated period, YYYY-MM-DD, UTC (default: today): queries over recent days find data.")
    LocalDate end;

    @Option(names = "--trusted-keys-out", paramLabel = "DIR",
            description = "Where to write the trusted key archive entries (default: DIR-trusted-keys beside the store).")
    Path trustedKeysOut;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path absolute = this.out.toAbsolutePath().normalize();
        Path trust = trustedKeysOut != null ? trustedKeysOut.toAbsolutePath().normalize()
                : absolute.resolveSibling(absolute.getFileName() + "-trusted-keys");
        DemoGenerator.Result result;
        try {
            LocalDate lastDay = end != null ? end : LocalDate.now(ZoneOffset.UTC);
            // The period ends with the last day, but never in the future: no evidence from later today.
            Instant periodEnd = Collections.min(List.of(lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            result = DemoGenerator.generate(new DemoGenerator.Options(absolute, seed, days, services, records, trust,
                    periodEnd));
        } catch (IllegalArgumentException | IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return ExitCodes.FAILED;
        }
        double seconds = result.elapsed().toMillis() / 1000.0;
        out.printf("demo store    %s%n", result.store());
        out.printf("records       %,d over %s .. %s (%d services, seed %d)%n", result.records(), result.start(), result.end(),
                services, seed);
        out.printf("elapsed       %.1f s (%,.0f records/s)%n", seconds, result.records() / Math.max(0.001, seconds));
        for (KeyArchiveEntry key : result.keys()) {
            out.printf("seal key      %s valid %s%n", key.keyId(), key.window());
        }
        out.printf("trusted keys  %s%n", result.trustDirectory());
        out.printf("verify with   evidex-verify store %s --trusted-keys %s%n", result.store(), result.trustDirectory());
        return ExitCodes.OK;
    }
}
