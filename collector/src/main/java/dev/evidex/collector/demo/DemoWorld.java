package dev.evidex.collector.demo;

import dev.evidex.collector.sbom.SbomPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** The simulated organisation: a health-care company's services, derived deterministically from the seed. */
final class DemoWorld {
    static final String ORGANISATION = "acme-health";
    static final String REGISTRY = "123456789012.dkr.ecr.us-east-1.amazonaws.com";
    static final List<String> CLUSTERS_PRODUCTION = List.of("prod-us-east-1", "prod-us-west-2");
    static final String CLUSTER_STAGING = "staging-us-east-1";
    static final SbomPackage LOG4J_VULNERABLE = new SbomPackage("log4j-core", Optional.of("2.14.1"),
            Optional.of("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"), Optional.of("Apache-2.0"),
            Optional.of("Organization: Apache Software Foundation"));

    private static final String[] NAMES = {"patient-portal", "claims-api", "eligibility-service", "billing-engine",
        "ehr-gateway", "fhir-adapter", "scheduling", "prescriptions", "lab-results", "identity-broker", "audit-trail",
        "notifications", "provider-directory", "care-plans", "telehealth", "imaging-viewer", "consent-manager",
        "payments", "reporting", "hl7-ingest", "member-api", "risk-scoring", "document-store", "search"};
    private static final String[] TEAMS = {"clinical", "revenue", "platform", "member", "data"};

    private DemoWorld() {}

    static List<DemoService> services(DemoCatalog catalog, int count, long seed) {
        Random random = new Random(seed);
        List<String> ecosystems = List.copyOf(catalog.images().keySet());
        List<DemoService> services = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = NAMES[i % NAMES.length] + (i < NAMES.length ? "" : "-" + (i / NAMES.length + 1));
            String ecosystem = ecosystems.get(random.nextInt(ecosystems.size()));
            List<SbomPackage> all = catalog.images().get(ecosystem);
            int packageCount = Math.min(all.size(), 15 + random.nextInt(46));
            List<SbomPackage> packages = new ArrayList<>(all.subList(0, packageCount));
            boolean log4j = ecosystem.equals("java") && random.nextInt(3) == 0 || i == 1;
            if (log4j) {
                packages.removeIf(sbomPackage -> sbomPackage.name().equals("log4j-core"));
                packages.add(LOG4J_VULNERABLE);
            }
            services.add(new DemoService(name, TEAMS[random.nextInt(TEAMS.length)], ORGANISATION + "/" + name,
                    REGISTRY + "/" + name, ecosystem, packages, pick(catalog.vulnerabilities(), 2 + random.nextInt(12), random),
                    pick(catalog.rules(), random.nextInt(6), random), log4j, i % 7 == 3 ? 0.25 : 0.02));
        }
        return services;
    }

    private static <T> List<T> pick(List<T> from, int count, Random random) {
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return picked.stream().distinct().toList();
    }
}
