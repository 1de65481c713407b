package dev.evidex.verification.sbom;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds packages by purl or by name, optionally within a version range: "log4j-core < 2.17.1".
 * A name matches the package name or the name part of its purl; a query starting with
 * {@code pkg:} matches purls without their version and qualifiers.
 */
public record ComponentQuery(String component, Optional<VersionRange> range) {
    public ComponentQuery {
        requireNonNull(component, "component is null");
        requireNonNull(range, "range is null");
        if (component.isBlank()) {
            throw new IllegalArgumentException("component name must not be blank");
        }
    }

    public List<SbomPackage> find(SbomDocument document) {
        return document.packages().stream().filter(this::matches).toList();
    }

    public boolean matches(SbomPackage candidate) {
        if (!nameMatches(candidate)) {
            return false;
        }
        if (range.isEmpty()) {
            return true;
        }
        Optional<String> version = candidate.version().or(() -> candidate.purl().flatMap(ComponentQuery::purlVersion));
        return version.filter(range.get()::contains).isPresent();
    }

    private boolean nameMatches(SbomPackage candidate) {
        String wanted = component.strip().toLowerCase(Locale.ROOT);
        if (wanted.startsWith("pkg:")) {
            return candidate.purl().map(ComponentQuery::purlWithoutVersion).filter(wanted::equals).isPresent();
        }
        return candidate.name().toLowerCase(Locale.ROOT).equals(wanted)
                || candidate.purl().map(ComponentQuery::purlName).filter(wanted::equals).isPresent();
    }

    /** {@code pkg:maven/org.apache.logging.log4j/log4j-core@2.8.1?type=jar} gives {@code log4j-core}. */
    static String purlName(String purl) {
        String path = purlWithoutVersion(purl);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String purlWithoutVersion(String purl) {
        String value = purl.toLowerCase(Locale.ROOT);
        for (char end : new char[] {'#', '?', '@'}) {
            int index = value.indexOf(end);
            value = index >= 0 ? value.substring(0, index) : value;
        }
        return value;
    }

    static Optional<String> purlVersion(String purl) {
        int at = purl.indexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        String version = purl.substring(at + 1);
        for (char end : new char[] {'#', '?'}) {
            int index = version.indexOf(end);
            version = index >= 0 ? version.substring(0, index) : version;
        }
        return Optional.of(java.net.URLDecoder.decode(version, java.nio.charset.StandardCharsets.UTF_8));
    }
}
