package dev.evidex.verification.sbom;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What an auditor reads from an SPDX 2.2/2.3 document.
 *
 * @param describedRoots SPDX ids of what the document describes (documentDescribes or DESCRIBES
 *     relationships); empty when the producer declared none (Syft 0.57)
 * @param warnings what was tolerated while reading (dropped dangling relationships)
 */
public record SbomDocument(
        String specVersion,
        String name,
        String namespace,
        String created,
        List<String> creators,
        List<String> describedRoots,
        List<SbomPackage> packages,
        List<String> warnings) {
    public SbomDocument {
        requireNonNull(specVersion, "specVersion is null");
        requireNonNull(name, "name is null");
        requireNonNull(namespace, "namespace is null");
        requireNonNull(created, "created is null");
        creators = List.copyOf(requireNonNull(creators, "creators is null"));
        describedRoots = List.copyOf(requireNonNull(describedRoots, "describedRoots is null"));
        packages = List.copyOf(requireNonNull(packages, "packages is null"));
        warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
    }

    /** Tools among the creators ({@code Tool: syft-0.57.0} gives {@code syft-0.57.0}). */
    public List<String> tools() {
        return creators.stream().filter(creator -> creator.startsWith("Tool:"))
                .map(creator -> creator.substring(5).strip()).toList();
    }
}
