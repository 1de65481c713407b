package dev.evidex.collector.sbom;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** One package of an SBOM as the {@code packages} column holds it (evidence format 2.2). */
public record SbomPackage(String name, Optional<String> version, Optional<String> purl, Optional<String> license,
        Optional<String> supplier) {
    public SbomPackage {
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        requireNonNull(purl, "purl is null");
        requireNonNull(license, "license is null");
        requireNonNull(supplier, "supplier is null");
    }

    public void writeTo(ObjectNode node) {
        node.put("name", name);
        version.ifPresent(value -> node.put("version", value));
        purl.ifPresent(value -> node.put("purl", value));
        license.ifPresent(value -> node.put("license", value));
        supplier.ifPresent(value -> node.put("supplier", value));
    }
}
