package dev.evidex.querypack.testing;

import static dev.evidex.querypack.testing.Records.input;
import static dev.evidex.querypack.testing.Records.pkg;
import static dev.evidex.querypack.testing.Records.record;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A store with known facts, March 2024. Among them: exactly three SBOMs contain log4j-core 2.14.1
 * (payments 1.0, records-api, portal) and two of those images still run in production (payments 1.0
 * was superseded by 1.1); billing has log4j-core 2.16.0 but runs only in staging; four admissions
 * were denied (three in prod-east, one in staging-1); legacy-tool was admitted to production with a
 * failed signature and no provenance.
 */
public final class AuditScenario {
    public static final String P1 = "sha256:" + "a1".repeat(32);
    public static final String P2 = "sha256:" + "a2".repeat(32);
    public static final String P3 = "sha256:" + "a3".repeat(32);
    public static final String R1 = "sha256:" + "b1".repeat(32);
    public static final String O1 = "sha256:" + "c1".repeat(32);
    public static final String B1 = "sha256:" + "d1".repeat(32);
    public static final String U1 = "sha256:" + "e1".repeat(32);
    public static final String IMAGE_KEY = "sha256:" + "1f".repeat(32);
    public static final String SEAL_KEY_1 = "sha256:" + "51".repeat(32);
    public static final String SEAL_KEY_2 = "sha256:" + "52".repeat(32);
    public static final String SEAL_KEY_3 = "sha256:" + "53".repeat(32);
    public static final String PORTAL_IDENTITY =
            "https://github.com/acme/portal/.github/workflows/release.yml@refs/heads/main"
                    + " https://token.actions.githubusercontent.com";
    public static final String BUILDER = "https://github.com/actions/runner/github-hosted";

    private AuditScenario() {}

    public static TestStore write(Path root) {
        TestStore store = new TestStore(root);
        payments(store);
        recordsApi(store);
        portalBillingLegacy(store);
        prodEast(store);
        store.writeBatch("staging-1", List.of(
                admission("2024-03-04T10:00:00Z", "staging-1", "staging", "billing", "billing", B1, "allowed", "a-s1"),
                denied("2024-03-07T10:00:00Z", "staging-1", "staging", "billing", "dave", "K8sSignedImages",
                        "require-signed-images", "no signature found", "a-s2")));
        return store;
    }

    private static void payments(TestStore store) {
        Object[] run101 = ci("acme/payments", "c101", "r-101");
        store.writeBatch("ci-payments", List.of(
                record("key", "2024-03-01T09:00:00Z", "key_id", SEAL_KEY_1, "key_purpose", "seal-signing"),
                with(record("build", "2024-03-01T09:10:00Z", subject("payments", "registry.acme/payments:1.0", P1)), run101),
                with(sbom("2024-03-01T09:11:00Z", "payments", P1, pkg("log4j-core", "2.14.1"), pkg("log4j-api", "2.14.1"),
                        pkg("jackson-databind", "2.15.0")), run101),
                with(finding("2024-03-01T09:12:00Z", "payments", P1, "trivy", "CVE-2021-44228", "CRITICAL", "new", true,
                        "log4j-core"), run101),
                with(finding("2024-03-01T09:12:00Z", "payments", P1, "trivy", "CVE-2023-0001", "MEDIUM", "new", false,
                        "jackson-databind"), run101),
                with(finding("2024-03-01T09:12:00Z", "payments", P1, "trivy", "CVE-2022-0002", "LOW", "known", false,
                        "log4j-api"), run101)));
        store.writeBatch("ci-payments", List.of(
                with(scan("2024-03-01T09:12:30Z", "payments", P1, "trivy", 3), run101),
                with(gate("2024-03-01T09:13:00Z", "payments", P1, "trivy", "pass", 0), run101),
                with(provenance("2024-03-01T09:14:00Z", P1, "c101", "r-101"), run101),
                with(signature("2024-03-01T09:15:00Z", P1, IMAGE_KEY, null, "verified"), run101),
                with(deploy("2024-03-01T09:20:00Z", "payments", P1, "production"), run101)));
        Object[] run102 = ci("acme/payments", "c102", "r-102");
        store.writeBatch("ci-payments", List.of(
                record("key", "2024-03-10T08:00:00Z", "key_id", SEAL_KEY_2, "key_purpose", "seal-signing"),
                with(record("build", "2024-03-10T09:10:00Z", subject("payments", "registry.acme/payments:1.1", P2)), run102),
                with(sbom("2024-03-10T09:11:00Z", "payments", P2, pkg("log4j-core", "2.17.1"), pkg("log4j-api", "2.17.1"),
                        pkg("jackson-databind", "2.15.0"), pkg("netty-codec", "4.1.100"), pkg("netty-buffer", "4.1.100")),
                        run102),
                with(finding("2024-03-10T09:12:00Z", "payments", P2, "trivy", "CVE-2023-0001", "MEDIUM", "known", false,
                        "jackson-databind"), run102),
                with(scan("2024-03-10T09:12:30Z", "payments", P2, "trivy", 1), run102),
                with(gate("2024-03-10T09:13:00Z", "payments", P2, "trivy", "pass", 0), run102),
                with(gate("2024-03-10T09:13:30Z", "payments", null, "semgrep", "pass", 0), run102),
                with(provenance("2024-03-10T09:14:00Z", P2, "c102", "r-102"), run102),
                with(signature("2024-03-10T09:15:00Z", P2, IMAGE_KEY, null, "verified"), run102),
                with(deploy("2024-03-10T09:20:00Z", "payments", P2, "production"), run102)));
        Object[] run103 = ci("acme/payments", "c103", "r-103");
        store.writeBatch("ci-payments", List.of(
                with(record("build", "2024-03-12T09:10:00Z", subject("payments", "registry.acme/payments:1.2", P3)), run103),
                with(finding("2024-03-12T09:12:00Z", "payments", P3, "trivy", "CVE-2024-9999", "CRITICAL", "new", false,
                        "netty-codec"), run103),
                with(finding("2024-03-12T09:12:00Z", "payments", P3, "trivy", "CVE-2023-0001", "MEDIUM", "known", false,
                        "jackson-databind"), run103),
                with(scan("2024-03-12T09:12:30Z", "payments", P3, "trivy", 2), run103),
                with(gate("2024-03-12T09:13:00Z", "payments", P3, "trivy", "fail", 1), run103)));
    }

    private static void recordsApi(TestStore store) {
        Object[] run201 = ci("acme/records-api", "c201", "r-201");
        store.writeBatch("ci-records", List.of(
                with(record("build", "2024-03-02T09:10:00Z", subject("records-api", "registry.acme/records-api:3.0", R1)), run201),
                with(sbom("2024-03-02T09:11:00Z", "records-api", R1, pkg("log4j-core", "2.14.1"),
                        pkg("commons-text", "1.9")), run201),
                with(finding("2024-03-02T09:12:00Z", "records-api", R1, "trivy", "CVE-2021-44228", "CRITICAL", "new", true,
                        "log4j-core"), run201),
                with(scan("2024-03-02T09:12:30Z", "records-api", R1, "trivy", 1), run201),
                with(gate("2024-03-02T09:13:00Z", "records-api", R1, "trivy", "pass", 0), run201),
                with(provenance("2024-03-02T09:14:00Z", R1, "c201", "r-201"), run201),
                with(signature("2024-03-02T09:15:00Z", R1, IMAGE_KEY, null, "verified"), run201),
                with(deploy("2024-03-02T09:20:00Z", "records-api", R1, "production"), run201)));
        Object[] run202 = ci("acme/records-api", "c202", "r-202");
        store.writeBatch("ci-records", List.of(
                with(finding("2024-03-04T09:12:00Z", "records-api", null, "semgrep", "java.lang.security.audit.xss",
                        "HIGH", "new", false, null), run202),
                with(finding("2024-03-04T09:12:00Z", "records-api", null, "semgrep", "java.lang.best-practice.logging",
                        "LOW", "new", false, null), run202),
                with(scan("2024-03-04T09:12:30Z", "records-api", null, "semgrep", 2), run202),
                with(gate("2024-03-04T09:13:00Z", "records-api", null, "semgrep", "fail", 1), run202)));
    }

    private static void portalBillingLegacy(TestStore store) {
        Object[] run301 = ci("acme/portal", "c301", "r-301");
        store.writeBatch("ci-portal", List.of(
                with(record("build", "2024-03-03T09:10:00Z", subject("portal", "registry.acme/portal:2.0", O1)), run301),
                with(sbom("2024-03-03T09:11:00Z", "portal", O1, pkg("log4j-core", "2.14.1")), run301),
                with(provenance("2024-03-03T09:14:00Z", O1, "c301", "r-301"), run301),
                with(signature("2024-03-03T09:15:00Z", O1, null, PORTAL_IDENTITY, "verified"), run301),
                with(deploy("2024-03-03T09:20:00Z", "portal", O1, "production"), run301)));
        Object[] run401 = ci("acme/billing", "c401", "r-401");
        store.writeBatch("ci-billing", List.of(
                with(record("build", "2024-03-04T09:10:00Z", subject("billing", "registry.acme/billing:0.9", B1)), run401),
                with(sbom("2024-03-04T09:11:00Z", "billing", B1, pkg("log4j-core", "2.16.0")), run401),
                with(provenance("2024-03-04T09:14:00Z", B1, "c401", "r-401"), run401),
                with(signature("2024-03-04T09:15:00Z", B1, IMAGE_KEY, null, "verified"), run401),
                with(deploy("2024-03-04T09:20:00Z", "billing", B1, "staging"), run401)));
        Object[] run501 = ci("acme/legacy-tool", "c501", "r-501");
        store.writeBatch("ci-legacy", List.of(
                with(sbom("2024-03-05T09:11:00Z", "legacy-tool", U1, pkg("log4j-api", "2.14.1")), run501),
                with(signature("2024-03-05T09:15:00Z", U1, IMAGE_KEY, null, "failed"), run501)));
    }

    private static void prodEast(TestStore store) {
        store.writeBatch("prod-east", List.of(
                record("key", "2024-03-01T00:00:00Z", "key_id", SEAL_KEY_3, "key_purpose", "seal-signing",
                        "source_kind", "cluster"),
                admission("2024-03-01T10:00:00Z", "prod-east", "production", "payments", "payments", P1, "allowed", "a-1"),
                denied("2024-03-01T10:05:00Z", "prod-east", "production", "payments", "alice", "K8sSignedImages",
                        "require-signed-images", "image is not signed by a trusted key", "a-2")));
        store.writeBatch("prod-east", List.of(
                admission("2024-03-02T11:00:00Z", "prod-east", "production", "records", "records-api", R1, "allowed", "a-3"),
                admission("2024-03-03T12:00:00Z", "prod-east", "production", "portal", "portal", O1, "allowed", "a-4"),
                admission("2024-03-05T13:00:00Z", "prod-east", "production", "legacy", "legacy-tool", U1, "allowed", "a-5")));
        store.writeBatch("prod-east", List.of(
                denied("2024-03-06T08:00:00Z", "prod-east", "production", "records", "bob", "K8sRequiredLabels",
                        "must-have-owner", "missing label: owner", "a-6")));
        store.writeBatch("prod-east", List.of(
                admission("2024-03-10T10:00:00Z", "prod-east", "production", "payments", "payments", P2, "allowed", "a-7"),
                denied("2024-03-11T09:30:00Z", "prod-east", "production", "portal", "carol", "K8sAllowedRepos",
                        "allowed-repos", "repository docker.io/evil is not allowed", "a-8"),
                admission("2024-03-12T07:00:00Z", "prod-east", "production", "records", "records-api", R1, "allowed", "a-9")));
    }

    private static Object[] ci(String repository, String commit, String run) {
        return new Object[] {"repository", repository, "commit_sha", commit, "run_id", run, "source_kind", "ci"};
    }

    private static Map<String, Object> with(Map<String, Object> record, Object[] keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) {
            record.put((String) keyValues[i], keyValues[i + 1]);
        }
        return record;
    }

    private static Object[] subject(String service, String image, String digest) {
        return new Object[] {"service", service, "image", image, "digest", digest};
    }

    @SafeVarargs
    private static Map<String, Object> sbom(String time, String service, String digest, Map<String, Object>... packages) {
        return record("sbom", time, "service", service, "digest", digest, "tool", "syft",
                "packages", List.of(packages), "package_count", packages.length,
                "image", "registry.acme/" + service);
    }

    private static Map<String, Object> finding(String time, String service, String digest, String tool, String id,
            String severity, String novelty, boolean waived, String packageName) {
        Map<String, Object> finding = record("finding", time, "service", service, "tool", tool, "finding_id", id,
                "severity", severity, "novelty", novelty, "waived", waived, "fingerprint", "sha256:" + id.hashCode());
        putIfNotNull(finding, "digest", digest);
        putIfNotNull(finding, "package_name", packageName);
        return finding;
    }

    private static Map<String, Object> scan(String time, String service, String digest, String tool, int total) {
        Map<String, Object> scan = record("scan", time, "service", service, "tool", tool, "findings_total", total);
        putIfNotNull(scan, "digest", digest);
        return scan;
    }

    private static Map<String, Object> gate(String time, String service, String digest, String tool, String decision,
            int blocking) {
        Map<String, Object> gate = record("gate", time, "service", service, "tool", tool, "threshold", "HIGH",
                "decision", decision, "findings_blocking", blocking);
        putIfNotNull(gate, "digest", digest);
        if ("fail".equals(decision)) {
            gate.put("reason", blocking + " finding(s) at or above HIGH");
        }
        return gate;
    }

    private static Map<String, Object> provenance(String time, String digest, String commit, String run) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        inputs.add(input("git+https://github.com/acme/repo@refs/heads/main", "sha1:" + commit));
        inputs.add(input("pkg:docker/eclipse-temurin@17", "sha256:" + "7e".repeat(32)));
        return record("provenance", time, "digest", digest, "builder_id", BUILDER,
                "build_type", "https://actions.github.io/buildtypes/workflow/v1",
                "source_repository", "git+https://github.com/acme/repo", "source_commit", commit,
                "invocation_id", run, "predicate_type", "https://slsa.dev/provenance/v1", "build_inputs", inputs);
    }

    private static Map<String, Object> signature(String time, String digest, String keyId, String identity,
            String decision) {
        Map<String, Object> signature = record("signature", time, "digest", digest, "tool", "cosign",
                "decision", decision, "signature_kind", keyId == null ? "sigstore-bundle" : "cosign-simple-signing");
        putIfNotNull(signature, "key_id", keyId);
        putIfNotNull(signature, "identity", identity);
        return signature;
    }

    private static Map<String, Object> deploy(String time, String service, String digest, String environment) {
        return record("deploy", time, "service", service, "digest", digest, "environment", environment);
    }

    static Map<String, Object> admission(String time, String cluster, String environment, String namespace,
            String service, String digest, String decision, String auditId) {
        return record("admission", time, "source_kind", "cluster", "cluster", cluster, "environment", environment,
                "namespace", namespace, "service", service, "image", "registry.acme/" + service + ":live",
                "digest", digest, "decision", decision, "user", "system:serviceaccount:argocd:argocd",
                "operation", "CREATE", "resource", "pods/" + service, "response_code", 200, "audit_id", auditId);
    }

    static Map<String, Object> denied(String time, String cluster, String environment, String namespace, String user,
            String constraintKind, String constraintName, String reason, String auditId) {
        return record("admission", time, "source_kind", "cluster", "cluster", cluster, "environment", environment,
                "namespace", namespace, "image", "docker.io/evil/miner:latest", "decision", "denied", "user", user,
                "operation", "CREATE", "resource", "pods/miner", "response_code", 403, "audit_id", auditId,
                "constraint_kind", constraintKind, "constraint_name", constraintName, "reason", reason);
    }

    private static void putIfNotNull(Map<String, Object> record, String key, Object value) {
        if (value != null) {
            record.put(key, value);
        }
    }
}
