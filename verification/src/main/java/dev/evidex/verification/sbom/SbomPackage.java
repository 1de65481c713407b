package dev.evidex.verification.sbom;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One package of an SBOM. The purl is the identity (Syft guesses dozens of CPEs per package).
 *
 * @param purl the first package-manager reference of type purl, either spelling of the category
 */
public record SbomPackage(
        String spdxId,
        String name,
        Optional<String> version,
        Optional<String> purl,
        List<String> cpes,
        Optional<String> declaredLicense,
        Optional<String> concludedLicense,
        Optional<String> supplier) {
    public SbomPackage {
        requireNonNull(spdxId, "spdxId is null");
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        requireNonNull(purl, "purl is null");
        cpes = List.copyOf(requireNonNull(cpes, "cpes is null"));
        requireNonNull(declaredLicense, "declaredLicense is null");
        requireNonNull(concludedLicense, "concludedLicense is null");
        requireNonNull(supplier, "supplier is null");
    }
}
