package dev.evidex.verification.cli;

import dev.evidex.verification.sbom.ComponentQuery;
import dev.evidex.verification.sbom.SbomDocument;
import dev.evidex.verification.sbom.SbomException;
import dev.evidex.verification.sbom.SpdxReader;
import dev.evidex.verification.sbom.VersionRange;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evidex-verify sbom}: reads an SPDX SBOM and optionally finds a component. */
@Command(name = "sbom", mixinStandardHelpOptions = true,
        description = "Reads an SPDX 2.2/2.3 SBOM (JSON or tag-value) and lists its packages, or the packages "
                + "matching --component [--version-range]. Exit 0 when read (matches or not), 2 when unreadable.")
public final class SbomCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The SPDX document.")
    Path file;

    @Option(names = "--json", description = "Print the document and matches as JSON.")
    boolean json;

    @Option(names = "--component", paramLabel = "NAME", description = "Package name or purl (pkg:type/namespace/name).")
    String component;

    @Option(names = "--version-range", paramLabel = "RANGE",
            description = "Versions to match, e.g. '< 2.17.1', '>=2.0, <2.17.1' or '[2.0,2.17.1)'.")
    String versionRange;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        try {
            Optional<ComponentQuery> query = query();
            SbomDocument document = new SpdxReader().read(file);
            commandLine.getOut().print(json ? SbomOutput.json(document, query) : SbomOutput.text(document, query));
            commandLine.getOut().flush();
            return ExitCodes.OK;
        } catch (InputException | SbomException e) {
            return ReportOptions.inputError(commandLine, e.getMessage());
        }
    }

    private Optional<ComponentQuery> query() throws InputException {
        if (component == null) {
            if (versionRange != null) {
                throw new InputException("--version-range needs --component");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(new ComponentQuery(component,
                    versionRange == null ? Optional.empty() : Optional.of(VersionRange.parse(versionRange))));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }
}
