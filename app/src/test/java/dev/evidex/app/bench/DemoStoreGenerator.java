package dev.evidex.app.bench;

import static dev.evidex.querypack.testing.Records.record;

import dev.evidex.querypack.testing.TestStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a synthetic store of about N records for benchmarks: 40 services over 180 days, CI runs
 * (build, test, SBOM with 60-140 packages, scans, findings, gates, provenance, signature, push, deploy)
 * and admission events on three clusters (about two thirds of the records), seeded and repeatable.
 */
public final class DemoStoreGenerator {
    private static final int SERVICES = 40;
    private static final int DAYS = 180;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final String[] CLUSTERS = {"prod-east", "prod-west", "staging-1"};
    private static final String[] LOG4J = {"2.14.1", "2.16.0", "2.17.1", "2.20.0"};

    private final TestStore store;
    private final Random random = new Random(42);
    private final Map<String, List<Map<String, Object>>> packages = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();
    private final Map<String, String> production = new HashMap<>();
    private long written;

    private DemoStoreGenerator(Path root) {
        this.store = new TestStore(root);
    }

    /** Generates about {@code records} records under {@code root}; returns how many were written. */
    public static long generate(Path root, long records) {
        DemoStoreGenerator generator = new DemoStoreGenerator(root);
        long perDay = records / DAYS;
        for (int day = 0; day < DAYS; day++) {
            generator.day(FIRST_DAY.plusDays(day), perDay);
        }
        return generator.written;
    }

    public static void main(String[] args) {
        long written = generate(Path.of(args[0]), Long.parseLong(args[1]));
        System.out.println("wrote " + written + " records to " + args[0]);
    }

    private void day(LocalDate day, long records) {
        long ciRecords = records * 35 / 100;
        long before = written;
        int run = 0;
        while (written - before < ciRecords) {
            ciRun(day, "svc-" + String.format("%02d", random.nextInt(SERVICES)), run++);
        }
        long admissions = records - (written - before);
        for (String cluster : CLUSTERS) {
            store.writeBatch(cluster, List.of(record("key", time(day, 0, 0), "key_id", keyId(cluster, day),
                    "key_purpose", "seal-signing", "source_kind", "cluster")));
            written++;
        }
        List<Map<String, Object>> batch = new ArrayList<>();
        for (long i = 0; i < admissions; i++) {
            String cluster = CLUSTERS[random.nextInt(CLUSTERS.length)];
            batch.add(admission(day, cluster, i * 86_000 / Math.max(1, admissions)));
            if (batch.size() == 100 || i == admissions - 1) {
                store.writeBatch(cluster, batch);
                written += batch.size();
                batch = new ArrayList<>();
            }
        }
    }

    private void ciRun(LocalDate day, String service, int run) {
        int version = versions.merge(service, 1, Integer::sum);
        String digest = digest(service + ":" + version);
        String runId = day + "-" + run;
        String commit = digest(runId).substring(7, 47);
        Object[] ci = {"repository", "acme/" + service, "commit_sha", commit, "run_id", runId, "service", service,
            "image", "registry.acme/" + service + ":1." + version, "digest", digest, "actor", "dev" + run % 7};
        int second = 3_600 + run * 20;
        List<Map<String, Object>> records = new ArrayList<>();
        records.add(with(record("build", time(day, second, 0)), ci));
        records.add(with(record("test", time(day, second, 1), "tool", "junit", "tests_total", 400, "tests_failed", 0), ci));
        records.add(with(record("sbom", time(day, second, 2), "tool", "syft", "packages", sbom(service),
                "package_count", packages.get(service).size()), ci));
        int findings = random.nextInt(4);
        for (int f = 0; f < findings; f++) {
            String severity = new String[] {"CRITICAL", "HIGH", "MEDIUM", "LOW"}[random.nextInt(4)];
            records.add(with(record("finding", time(day, second, 3), "tool", "trivy", "severity", severity,
                    "finding_id", "CVE-2024-" + (1000 + random.nextInt(50)), "novelty", f == 0 ? "new" : "known",
                    "waived", false, "package_name", "lib-" + random.nextInt(30)), ci));
        }
        records.add(with(record("scan", time(day, second, 4), "tool", "trivy", "findings_total", findings), ci));
        records.add(with(record("gate", time(day, second, 5), "tool", "trivy", "threshold", "CRITICAL",
                "decision", "pass", "findings_blocking", 0), ci));
        records.add(with(record("gate", time(day, second, 6), "tool", "semgrep", "threshold", "HIGH",
                "decision", random.nextInt(20) == 0 ? "fail" : "pass", "findings_blocking", 0), ci));
        records.add(with(record("provenance", time(day, second, 7), "builder_id", "https://github.com/actions/runner",
                "source_repository", "git+https://github.com/acme/" + service, "source_commit", commit,
                "invocation_id", runId, "build_inputs", List.of(Map.of("uri", "pkg:docker/temurin@17",
                        "digest", digest("base")))), ci));
        records.add(with(record("signature", time(day, second, 8), "tool", "cosign", "decision", "verified",
                "key_id", digest("image-key"), "signature_kind", "cosign-simple-signing"), ci));
        records.add(with(record("push", time(day, second, 9)), ci));
        String environment = random.nextBoolean() ? "production" : "staging";
        records.add(with(record("deploy", time(day, second, 10), "environment", environment), ci));
        if (environment.equals("production")) {
            production.put(service, digest);
        }
        store.writeBatch("ci-" + service, records);
        written += records.size();
    }

    private List<Map<String, Object>> sbom(String service) {
        List<Map<String, Object>> list = packages.computeIfAbsent(service, s -> initialPackages());
        if (random.nextInt(3) == 0) {
            list.add(pkg("lib-added-" + random.nextInt(1000), "1." + random.nextInt(9) + ".0"));
        }
        return list;
    }

    private List<Map<String, Object>> initialPackages() {
        List<Map<String, Object>> list = new ArrayList<>();
        int count = 60 + random.nextInt(80);
        for (int i = 0; i < count; i++) {
            list.add(pkg("lib-" + i, i % 5 + "." + random.nextInt(20) + "." + random.nextInt(10)));
        }
        if (random.nextInt(4) == 0) {
            list.add(pkg("log4j-core", LOG4J[random.nextInt(LOG4J.length)]));
        }
        return list;
    }

    private Map<String, Object> admission(LocalDate day, String cluster, long second) {
        String service = "svc-" + String.format("%02d", random.nextInt(SERVICES));
        boolean denied = random.nextInt(50) == 0 || !production.containsKey(service);
        Map<String, Object> admission = record("admission", time(day, second, random.nextInt(1000)),
                "source_kind", "cluster", "cluster", cluster, "namespace", service,
                "environment", cluster.startsWith("prod") ? "production" : "staging", "service", service,
                "image", "registry.acme/" + service, "decision", denied ? "denied" : "allowed",
                "user", "system:serviceaccount:argocd", "operation", "CREATE", "resource", "pods/" + service,
                "response_code", denied ? 403 : 200, "audit_id", digest(cluster + day + second).substring(7, 43));
        if (denied) {
            admission.put("constraint_kind", "K8sSignedImages");
            admission.put("constraint_name", "require-signed-images");
            admission.put("reason", "image is not signed by a trusted key");
        } else {
            admission.put("digest", production.get(service));
        }
        return admission;
    }

    private static Map<String, Object> pkg(String name, String version) {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("name", name);
        pkg.put("version", version);
        pkg.put("purl", "pkg:maven/org.acme/" + name + "@" + version);
        pkg.put("license", "Apache-2.0");
        return pkg;
    }

    private static Map<String, Object> with(Map<String, Object> record, Object[] keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) {
            record.put((String) keyValues[i], keyValues[i + 1]);
        }
        return record;
    }

    private static String time(LocalDate day, long second, int millis) {
        long s = Math.min(second, 86_399);
        return String.format("%sT%02d:%02d:%02d.%03dZ", day, s / 3600, s / 60 % 60, s % 60, millis % 1000);
    }

    private static String keyId(String log, LocalDate day) {
        return digest("seal-" + log + "-" + day.getMonthValue() / 4);
    }

    static String digest(String text) {
        try {
            return "sha256:" + java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
