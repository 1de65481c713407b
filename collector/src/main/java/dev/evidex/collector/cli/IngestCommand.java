package dev.evidex.collector.cli;

import dev.evidex.collector.ci.StepSummary;
import dev.evidex.collector.input.InputException;
import dev.evidex.collector.keys.SigningKeys;
import dev.evidex.collector.sink.EvidenceWriter;
import dev.evidex.collector.sink.Outcome;
import dev.evidex.collector.sink.Submission;
import dev.evidex.collector.spool.Spool;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.cli.ExitCodes;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The shape of every CI ingest command: parse the inputs (bad input: exit 2, nothing written),
 * build records, seal them through the spool, print and summarise, exit 0 or 1 (gate failed).
 */
abstract class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CollectorMain main;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    CiOptions ciOptions;

    @Mixin
    SubjectOptions subjectOptions;

    /** Reads and checks the inputs and builds the evidence; must not write anything. */
    abstract Evidence collect(IngestContext context) throws InputException, IOException;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Evidence evidence;
        IngestContext context;
        Signer signer;
        try {
            storeOptions.validate();
            var ci = ciOptions.context(main.environment());
            context = new IngestContext(ci, subjectOptions.subject(), main.clock().instant(), storeOptions.log(ci),
                    () -> storeOptions.open(main.environment(), main.clock()));
            String keyReference = storeOptions.signingKey();
            evidence = collect(context);
            signer = SigningKeys.resolve(keyReference, main.environment());
        } catch (InputException | KeyFormatException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Outcome outcome;
        try {
            StoreOptions.OpenedStore opened = context.opened();
            Spool spool = Spool.forStore(storeOptions.spoolDirectory(), opened.objects().describe());
            EvidenceWriter writer = new EvidenceWriter(opened.objects(), opened.staging(), spool, signer, main.clock());
            outcome = writer.write(new Submission(context.log(), evidence.records(), evidence.artifacts(), inputs(context, evidence)));
        } catch (IOException | StoreException e) {
            err.println("error: evidence not sealed (it stays in the spool and the next run completes it): " + e.getMessage());
            return ExitCodes.FAILED;
        }
        out.print(evidence.text());
        out.println(outcome.describe());
        StepSummary.fromEnvironment(main.environment())
                .append(evidence.markdown() + "\n_Evidence: " + outcome.describe() + "._\n")
                .ifPresent(err::println);
        out.flush();
        return evidence.exitCode();
    }

    /** The command, its CI context and subject, and what the command says its inputs were. */
    private String inputs(IngestContext context, Evidence evidence) {
        ObjectNode description = Json.mapper().createObjectNode();
        description.put("command", spec.name());
        context.ci().writeTo(description);
        context.subject().writeTo(description);
        description.put("inputs", evidence.inputs());
        return CanonicalJson.string(description);
    }
}
