package dev.evidex.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code evidex} in-process and captures exit code, standard output and standard error. */
record CommandResult(int exitCode, String out, String err) {
    static CommandResult run(String... args) {
        CommandLine commandLine = EvidexMain.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandResult(exitCode, out.toString(), err.toString());
    }
}
