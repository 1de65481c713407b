package dev.evidex.collector.support;

import dev.evidex.collector.cli.CollectorMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code evidex-collector} in process and captures exit code, output and errors. */
public final class Cli {
    public record Result(int exitCode, String out, String err) {}

    private Cli() {}

    public static Result run(Map<String, String> environment, Clock clock, String... args) {
        CommandLine commandLine = CollectorMain.commandLine(environment, clock);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    public static Result run(String... args) {
        return run(Map.of(), Clock.systemUTC(), args);
    }
}
