package dev.evidex.app.cli;

import dev.evidex.app.export.EvidenceSource;
import dev.evidex.app.export.ExportException;
import dev.evidex.app.export.ExportRequest;
import dev.evidex.app.export.PacketExporter;
import dev.evidex.app.export.QuerySource;
import dev.evidex.app.export.QuerySourceFactory;
import dev.evidex.verification.cli.ExitCodes;
import dev.evidex.verification.packet.WrittenPacket;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evidex export}: a signed HITRUST evidence packet, headless, for scheduled exports. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Runs pack queries over an evidence store and exports their results, the records behind them",
            "with inclusion proofs to signed checkpoints, keys, artifacts, a controls index and reports as one",
            "signed, reproducible packet. Verify it anywhere with: evidex-verify packet FILE.zip --trusted-keys DIR",
            "",
            "The store is a local folder (--store DIR, queried with DuckDB) or an S3 prefix (--s3 s3://BUCKET/PREFIX,",
            "queried with Athena, credentials from the AWS SDK's default chain). From S3 the seal keys to trust must",
            "be given (--trusted-keys), and each exported object's Object Lock mode and retain-until date are read",
            "at export time into retention.json; objects without a lock are listed with no mode."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:packet written", "1:the store did not verify; nothing written", "2:usage or input error; nothing written"})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ExportStoreOptions source;

    @Option(names = "--query", required = true, paramLabel = "ID", description = "A pack query to export (repeatable).")
    List<String> queries = new ArrayList<>();

    @Option(names = "--param", paramLabel = "K=V", description = "A parameter value: name=value for every query, or query-id.name=value (repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--controls", paramLabel = "REF", split = ",",
            description = "Requirements in scope (HITRUST references such as 10.h, HIPAA citations); uncovered ones are listed.")
    List<String> controls = new ArrayList<>();

    @Option(names = "--assessment", required = true, paramLabel = "FILE",
            description = "JSON: organisation, type (e1, i1, r2), scope, period {from, to}.")
    Path assessment;

    @Option(names = "--signing-key", required = true, paramLabel = "FILE",
            description = "Packet-signing key (evidex-collector keygen --purpose packet-signing).")
    Path signingKey;

    @Option(names = "--trusted-keys", paramLabel = "DIR_OR_FILE",
            description = "Seal keys to check the store against (default for --store: the store's keys/ folder; required with --s3).")
    Path trustedKeys;

    @Option(names = "--sample", paramLabel = "N", description = "Export evidence for N rows of each result, drawn reproducibly.")
    Integer sample;

    @Option(names = "--seed", paramLabel = "TEXT", description = "Sampling seed (required with --sample; recorded in the packet).")
    String seed;

    @Option(names = "--principal", paramLabel = "NAME", description = "Exporter identity (default: the local user).")
    String principal;

    @Option(names = "--created", paramLabel = "TIME", description = "Packet time, RFC 3339 (default: now); the same inputs and time give the same bytes.")
    Instant created;

    @Option(names = "--timings", description = "Print each export step with the seconds elapsed, on standard error (for benchmarks).")
    boolean timings;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "Where to write the packet.")
    Path out;

    private final QuerySourceFactory sources;

    public ExportCommand() {
        this(QuerySourceFactory.QUERY_PACK);
    }

    public ExportCommand(QuerySourceFactory sources) {
        this.sources = sources;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> problem = usageProblem();
        if (problem.isPresent()) {
            err.println("error: " + problem.get());
            return ExitCodes.USAGE;
        }
        long started = System.nanoTime();
        try (EvidenceSource evidence = source.openEvidence(); QuerySource queries = source.openQueries(sources)) {
            WrittenPacket packet = new PacketExporter(queries).export(request(evidence), (step, fraction) -> {
                if (timings) {
                    err.printf(Locale.ROOT, "%7.2f s  %s%n", (System.nanoTime() - started) / 1e9, step);
                    err.flush();
                }
            }, () -> Thread.currentThread().isInterrupted());
            out.printf(Locale.ROOT, "packet        %s%n", packet.path());
            out.printf(Locale.ROOT, "sha256        %s%n", packet.sha256());
            out.printf(Locale.ROOT, "size          %,d bytes%n", packet.size());
            out.printf(Locale.ROOT, "packet id     %s%n", packet.manifest().packetId());
            out.printf(Locale.ROOT, "exporter key  %s%n", packet.exporterKeyId());
            out.printf(Locale.ROOT, "elapsed       %.2f s%n", (System.nanoTime() - started) / 1e9);
            out.flush();
            return ExitCodes.OK;
        } catch (ExportException e) {
            err.println("error: " + e.getMessage());
            return e.kind() == ExportException.Kind.EVIDENCE ? ExitCodes.FAILED : ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private Optional<String> usageProblem() {
        if ((sample == null) != (seed == null)) {
            return Optional.of("--sample and --seed go together: the seed is what lets anyone redraw the sample");
        }
        if (source.store().isPresent()) {
            Path store = source.store().get();
            if (!Files.isDirectory(store.resolve("seals"))) {
                return Optional.of(store + " is not an evidence store (no seals/ folder)");
            }
            return source.s3OnlyGiven().map(option -> option + " applies to an S3 store (--s3) only");
        }
        try {
            ExportStoreOptions.s3Location(source.s3().orElseThrow());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private ExportRequest request(EvidenceSource evidence) throws ExportException {
        List<ExportRequest.QueryRequest> requests = new ArrayList<>();
        for (String query : queries) {
            Map<String, String> values = new LinkedHashMap<>();
            parameters.forEach((name, value) -> {
                if (!name.contains(".")) {
                    values.put(name, value);
                } else if (name.startsWith(query + ".")) {
                    values.put(name.substring(query.length() + 1), value);
                }
            });
            requests.add(new ExportRequest.QueryRequest(query, values));
        }
        return new ExportRequest(evidence, requests, dev.evidex.app.export.ExportRequests.assessment(assessment), controls,
                sample == null ? Optional.empty() : Optional.of(new ExportRequest.SampleRequest(seed, sample)), signingKey,
                Optional.ofNullable(trustedKeys), principal == null ? System.getProperty("user.name", "unknown") : principal,
                principal == null ? "local" : "named", created == null ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : created,
                out);
    }
}
