package dev.evidex.app.inspect;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** A package of an SBOM, for the searchable package table. */
public record SbomPackage(String name, String version, String purl, String license, String supplier) {
    public SbomPackage {
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        requireNonNull(purl, "purl is null");
        requireNonNull(license, "license is null");
        requireNonNull(supplier, "supplier is null");
    }

    public boolean matches(String lowerCaseText) {
        return (name + " " + version + " " + purl + " " + license + " " + supplier).toLowerCase(Locale.ROOT)
                .contains(lowerCaseText);
    }
}
