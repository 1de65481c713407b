package dev.evidex.collector.demo;

import static java.util.Objects.requireNonNull;

import dev.evidex.collector.sbom.SbomPackage;
import java.util.List;

/** One simulated service: its repository, image line, dependencies and habits. */
record DemoService(String name, String team, String repository, String image, String ecosystem, List<SbomPackage> packages,
        List<DemoCatalog.Vulnerability> vulnerabilities, List<DemoCatalog.Rule> rules, boolean log4jShell,
        double unsignedRate) {
    DemoService {
        requireNonNull(name, "name is null");
        requireNonNull(team, "team is null");
        requireNonNull(repository, "repository is null");
        requireNonNull(image, "image is null");
        requireNonNull(ecosystem, "ecosystem is null");
        packages = List.copyOf(packages);
        vulnerabilities = List.copyOf(vulnerabilities);
        rules = List.copyOf(rules);
    }

    String log() {
        return repository.replace('/', '.');
    }
}
