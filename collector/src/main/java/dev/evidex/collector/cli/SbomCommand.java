package dev.evidex.collector.cli;

import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import dev.evidex.collector.record.Artifact;
import dev.evidex.collector.sbom.SbomRecords;
import dev.evidex.collector.sbom.SpdxSboms;
import dev.evidex.verification.cli.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evidex-collector sbom}: an SPDX SBOM (Syft output) of an image digest. */
@Command(name = "sbom", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Records an SPDX 2.2/2.3 SBOM (JSON or tag-value) for an image digest: the document as an",
            "artifact and every package (name, version, purl, license, supplier) as a queryable column."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:recorded", "2:usage or input error (nothing written)"})
public final class SbomCommand extends IngestCommand {
    @Option(names = "--sbom", required = true, paramLabel = "FILE", description = "The SPDX document.")
    Path sbom;

    @Option(names = "--max-sbom-bytes", paramLabel = "N", description = "Largest SBOM accepted (default: ${DEFAULT-VALUE}).")
    long maxSbomBytes = InputFile.DEFAULT_MAX_BYTES;

    @Override
    Evidence collect(IngestContext context) throws InputException {
        if (context.subject().digest().isEmpty()) {
            throw new InputException("--digest is required: an SBOM is evidence about one image digest");
        }
        InputFile file = InputFile.read(sbom, maxSbomBytes);
        SpdxSboms.Sbom parsed = SpdxSboms.read(file);
        Artifact document = Artifact.of("sbom", parsed.json() ? "application/spdx+json" : "text/spdx", file.bytes());
        var record = SbomRecords.record(context.now(), context.ci(), context.subject(), parsed.tool(), parsed.toolVersion(),
                parsed.packages(), document);
        String line = String.format("sbom: %d package(s) from %s%s%n", parsed.packages().size(), parsed.tool(),
                parsed.toolVersion().map(version -> " " + version).orElse(""));
        return new Evidence(List.of(record), List.of(document), line, "### Evidex: SBOM\n\n" + line, ExitCodes.OK,
                document.digest());
    }
}
