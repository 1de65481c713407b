package dev.evidex.collector.sbom;

import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import dev.evidex.verification.sbom.SbomDocument;
import dev.evidex.verification.sbom.SbomException;
import dev.evidex.verification.sbom.SpdxReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads SPDX 2.2/2.3 (JSON or tag-value) with the verification library's reader. */
public final class SpdxSboms {
    private static final Set<String> NO_LICENSE = Set.of("NOASSERTION", "NONE");

    private SpdxSboms() {}

    /** What the collector records of an SBOM: its producing tool and its packages. */
    public record Sbom(String tool, Optional<String> toolVersion, List<SbomPackage> packages, boolean json) {
        public Sbom {
            packages = List.copyOf(packages);
        }
    }

    public static Sbom read(InputFile file) throws InputException {
        SbomDocument document;
        try {
            document = new SpdxReader(Long.MAX_VALUE).read(file.bytes());
        } catch (SbomException e) {
            throw new InputException(file.name() + ": not an SPDX SBOM: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new InputException(file.name() + ": not an SPDX SBOM: " + e, e);
        }
        String creator = document.tools().stream().findFirst().orElse("unknown");
        int dash = creator.lastIndexOf('-');
        String tool = dash > 0 ? creator.substring(0, dash) : creator;
        Optional<String> version = dash > 0 ? Optional.of(creator.substring(dash + 1)).filter(text -> !text.startsWith("["))
                : Optional.empty();
        List<SbomPackage> packages = document.packages().stream().map(SpdxSboms::convert).toList();
        return new Sbom(tool, version, packages, file.bytes().length > 0 && firstByte(file.bytes()) == '{');
    }

    private static SbomPackage convert(dev.evidex.verification.sbom.SbomPackage spdx) {
        Optional<String> license = spdx.concludedLicense().filter(text -> !NO_LICENSE.contains(text))
                .or(() -> spdx.declaredLicense().filter(text -> !NO_LICENSE.contains(text)));
        return new SbomPackage(spdx.name(), spdx.version(), spdx.purl(), license,
                spdx.supplier().filter(text -> !NO_LICENSE.contains(text)));
    }

    private static int firstByte(byte[] bytes) {
        for (byte value : bytes) {
            if (!Character.isWhitespace(value)) {
                return value;
            }
        }
        return -1;
    }
}
