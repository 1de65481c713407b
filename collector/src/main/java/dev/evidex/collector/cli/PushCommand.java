package dev.evidex.collector.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.input.InputException;
import dev.evidex.collector.record.Records;
import dev.evidex.collector.record.Subject;
import dev.evidex.verification.cli.ExitCodes;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code evidex-collector push}: the image reference and digest pushed to the registry. */
@Command(name = "push", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Records that an image (--image registry/repo:tag, --digest sha256:...) was pushed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:recorded", "2:usage or input error (nothing written)"})
public final class PushCommand extends IngestCommand {
    @Override
    Evidence collect(IngestContext context) throws InputException {
        Subject subject = context.subject();
        String image = subject.image().orElseThrow(() -> new InputException("--image is required"));
        String digest = subject.digest().orElseThrow(() -> new InputException("--digest is required"));
        int slash = image.indexOf('/');
        if (slash <= 0) {
            throw new InputException("--image '" + image + "' must name its registry (registry/repository:tag)");
        }
        ObjectNode record = Records.ci("push", context.now(), context.ci(), subject);
        ObjectNode detail = Records.detail(record);
        detail.put("registry", image.substring(0, slash));
        String path = image.substring(slash + 1);
        int colon = path.lastIndexOf(':');
        detail.put("repository", colon < 0 ? path : path.substring(0, colon));
        detail.put("tag", colon < 0 ? "latest" : path.substring(colon + 1));
        String line = "pushed " + image + "@" + digest + "\n";
        return new Evidence(List.of(record), List.of(), line, "### Evidex: push\n\n`" + image + "@" + digest + "`\n",
                ExitCodes.OK, image + "@" + digest);
    }
}
