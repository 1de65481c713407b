package dev.evidex.collector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.keys.SigningKeys;
import dev.evidex.verification.cli.ExitCodes;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.store.AppendResult;
import dev.evidex.verification.store.LocalStore;
import dev.evidex.verification.store.RecordLines;
import dev.evidex.verification.store.StoreException;
import dev.evidex.verification.store.StoreKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evidex-collector append}: generic evidence from any tool, as one sealed batch. */
@Command(name = "append", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Appends the JSON objects of a JSON-lines input to a log as one sealed batch.",
            "Each object gets stream, time (now, unless given) and source_kind; log, batch and index are",
            "assigned by the store. Any invalid line rejects the whole input: nothing is written."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:batch sealed", "2:usage or input error (nothing was written)"})
public final class AppendCommand implements Callable<Integer> {
    /** Largest accepted input (the batch is held in memory to be sealed at once). */
    static final long MAX_INPUT_BYTES = 256L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Local store directory (created if absent).")
    Path store;

    @Option(names = "--log", required = true, paramLabel = "NAME", description = "Log to append to (one per CI repository or cluster).")
    String log;

    @Option(names = "--stream", required = true, paramLabel = "NAME", description = "Evidence stream, e.g. build, test, scan, gate.")
    String stream;

    @Option(names = "--signing-key", required = true, paramLabel = "KEY",
            description = "file:KEY.pem (from keygen) or awskms:///alias/NAME.")
    String signingKey;

    @Option(names = "--input", paramLabel = "FILE", description = "JSON lines to append, or - for standard input (default).")
    String input = "-";

    @Option(names = "--source-kind", paramLabel = "KIND", description = "ci, cluster or manual (default: ${DEFAULT-VALUE}).")
    String sourceKind = "manual";

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!StoreKeys.isValidLogName(log)) {
            err.println("error: --log '" + log + "': use 1-64 characters of a-z, 0-9, '.', '_', '-'");
            return ExitCodes.USAGE;
        }
        Signer signer;
        List<ObjectNode> records;
        try {
            signer = SigningKeys.resolve(signingKey);
            records = readRecords();
        } catch (InputException | KeyFormatException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            AppendResult result = LocalStore.open(store).appender(log, signer, Clock.systemUTC()).append(records);
            spec.commandLine().getOut().printf("sealed %s batch %d: records %d..%d, tree size %d, root %s%n",
                    result.log(), result.batch(), result.firstIndex(), result.firstIndex() + result.recordCount() - 1,
                    result.treeSize(), result.root());
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private List<ObjectNode> readRecords() throws IOException, InputException {
        String source = input.equals("-") ? "standard input" : input;
        if (!input.equals("-") && Files.isRegularFile(Path.of(input)) && Files.size(Path.of(input)) > MAX_INPUT_BYTES) {
            throw new InputException(source + " is larger than " + MAX_INPUT_BYTES + " bytes; split it into several batches");
        }
        List<ObjectNode> records = new ArrayList<>();
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        try (InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            long number = 0;
            long total = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                total += line.length() + 1;
                if (total > MAX_INPUT_BYTES) {
                    throw new InputException(source + " is larger than " + MAX_INPUT_BYTES + " bytes");
                }
                if (!line.isBlank()) {
                    records.add(record(line, number, source, now));
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(source + ": no such file");
        }
        if (records.isEmpty()) {
            throw new InputException(source + " holds no records");
        }
        return records;
    }

    private ObjectNode record(String line, long number, String source, String now) throws InputException {
        if (line.length() > RecordLines.MAX_LINE_BYTES) {
            throw new InputException(source + " line " + number + ": record larger than " + RecordLines.MAX_LINE_BYTES + " bytes");
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new InputException(source + " line " + number + ": invalid JSON: " + Json.describe(e));
        }
        if (node == null || !node.isObject()) {
            throw new InputException(source + " line " + number + ": expected a JSON object");
        }
        ObjectNode record = (ObjectNode) node;
        if (record.has("stream") && !stream.equals(record.path("stream").asText())) {
            throw new InputException(source + " line " + number + ": stream '" + record.path("stream").asText()
                    + "' differs from --stream " + stream);
        }
        record.put("stream", stream);
        if (!record.has("time")) {
            record.put("time", now);
        }
        if (!record.has("source_kind")) {
            record.put("source_kind", sourceKind);
        }
        try {
            RecordLines.validate(record);
            RecordLines.line(record, log, 0, 0);
        } catch (IllegalArgumentException e) {
            throw new InputException(source + " line " + number + ": " + e.getMessage());
        }
        return record;
    }

    /** Bad input: reported with exit code 2 and nothing written. */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }
}
