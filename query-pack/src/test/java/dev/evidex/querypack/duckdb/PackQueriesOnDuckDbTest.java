package dev.evidex.querypack.duckdb;

import static dev.evidex.querypack.testing.AuditScenario.B1;
import static dev.evidex.querypack.testing.AuditScenario.IMAGE_KEY;
import static dev.evidex.querypack.testing.AuditScenario.O1;
import static dev.evidex.querypack.testing.AuditScenario.P1;
import static dev.evidex.querypack.testing.AuditScenario.P2;
import static dev.evidex.querypack.testing.AuditScenario.PORTAL_IDENTITY;
import static dev.evidex.querypack.testing.AuditScenario.R1;
import static dev.evidex.querypack.testing.AuditScenario.SEAL_KEY_1;
import static dev.evidex.querypack.testing.AuditScenario.SEAL_KEY_2;
import static dev.evidex.querypack.testing.AuditScenario.SEAL_KEY_3;
import static dev.evidex.querypack.testing.AuditScenario.U1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.engine.QueryEngine;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.querypack.parameters.ParameterBinder;
import dev.evidex.querypack.testing.AuditScenario;
import dev.evidex.querypack.testing.CollectingSink;
import dev.evidex.querypack.testing.FixedClock;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pack query on the known-facts store, over the local index and over the raw batch objects. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class PackQueriesOnDuckDbTest {
    @TempDir
    static Path store;

    private QueryEngine indexed;
    private QueryEngine files;

    @BeforeAll
    void buildStore() throws Exception {
        AuditScenario.write(store);
        LocalIndex index = LocalIndex.open(store, LocalIndex.defaultFile(store));
        index.update();
        indexed = DuckDbEngine.overIndex(index);
        files = DuckDbEngine.overFiles(store);
    }

    @AfterAll
    void close() {
        indexed.close();
        files.close();
    }

    /** Engine names rather than engines: JUnit closes AutoCloseable arguments after each case. */
    static Stream<String> engines() {
        return Stream.of("index", "files");
    }

    private QueryEngine engine(String name) {
        return name.equals("index") ? indexed : files;
    }

    private static final String MARCH = "from=2024-03-01,to=2024-03-31";

    @ParameterizedTest
    @MethodSource("engines")
    void signedImagesInProduction(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        CollectingSink result = run(engine, "signed-images-in-production", MARCH);
        assertThat(result.rows()).extracting(r -> r.subList(0, 13)).containsExactly(
                row(P1, "registry.acme/payments:live", "payments", "prod-east", "payments", "2024-03-01T10:00:00Z",
                        "2024-03-01T10:00:00Z", "1", IMAGE_KEY, null, "cosign-simple-signing", "verified",
                        "2024-03-01T09:15:00Z"),
                row(P2, "registry.acme/payments:live", "payments", "prod-east", "payments", "2024-03-10T10:00:00Z",
                        "2024-03-10T10:00:00Z", "1", IMAGE_KEY, null, "cosign-simple-signing", "verified",
                        "2024-03-10T09:15:00Z"),
                row(R1, "registry.acme/records-api:live", "records-api", "prod-east", "records", "2024-03-02T11:00:00Z",
                        "2024-03-12T07:00:00Z", "2", IMAGE_KEY, null, "cosign-simple-signing", "verified",
                        "2024-03-02T09:15:00Z"),
                row(O1, "registry.acme/portal:live", "portal", "prod-east", "portal", "2024-03-03T12:00:00Z",
                        "2024-03-03T12:00:00Z", "1", null, PORTAL_IDENTITY, "sigstore-bundle", "verified",
                        "2024-03-03T09:15:00Z"));
        assertThat(result.column("signature_log")).containsExactly("ci-payments", "ci-payments", "ci-records", "ci-portal");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void signedImagesRespectThePeriod(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        assertThat(run(engine, "signed-images-in-production", "from=2024-03-02,to=2024-03-09").column("digest"))
                .containsExactly(R1, O1);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void newDependenciesByDeployment(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        CollectingSink result = run(engine, "new-dependencies-by-deployment", MARCH);
        assertThat(result.rows()).extracting(r -> r.subList(0, 11)).containsExactly(
                row("payments", "production", "2024-03-10T09:20:00Z", P2, P1, "netty-buffer", "4.1.100",
                        "pkg:maven/org.example/netty-buffer@4.1.100", "acme/payments", "c102", "r-102"),
                row("payments", "production", "2024-03-10T09:20:00Z", P2, P1, "netty-codec", "4.1.100",
                        "pkg:maven/org.example/netty-codec@4.1.100", "acme/payments", "c102", "r-102"));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void rejectedAdmissions(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        CollectingSink result = run(engine, "rejected-admissions", MARCH);
        assertThat(result.rows()).extracting(r -> r.subList(0, 13)).containsExactly(
                denied("2024-03-01T10:05:00Z", "prod-east", "payments", "alice", "K8sSignedImages",
                        "require-signed-images", "image is not signed by a trusted key", "a-2"),
                denied("2024-03-06T08:00:00Z", "prod-east", "records", "bob", "K8sRequiredLabels",
                        "must-have-owner", "missing label: owner", "a-6"),
                denied("2024-03-07T10:00:00Z", "staging-1", "billing", "dave", "K8sSignedImages",
                        "require-signed-images", "no signature found", "a-s2"),
                denied("2024-03-11T09:30:00Z", "prod-east", "portal", "carol", "K8sAllowedRepos",
                        "allowed-repos", "repository docker.io/evil is not allowed", "a-8"));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void rejectedAdmissionsOfOneCluster(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        assertThat(run(engine, "rejected-admissions", MARCH + ",cluster=prod-east").column("audit_id"))
                .containsExactly("a-2", "a-6", "a-8");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aQuoteInAValueIsOnlyAValue(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        Map<String, String> parameters = parameters(MARCH);
        parameters.put("cluster", "x' OR '1'='1");
        assertThat(run(engine, "rejected-admissions", parameters).rows()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void componentInVersionRangeUsesTheDefaults(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        CollectingSink result = run(engine, "component-in-version-range", "");
        assertThat(result.rows()).extracting(r -> r.subList(0, 10)).containsExactly(
                component("billing", B1, "2.16.0", "2024-03-04", "false", "0", null),
                component("payments", P1, "2.14.1", "2024-03-01", "false", "0", "2024-03-01T10:00:00Z"),
                component("portal", O1, "2.14.1", "2024-03-03", "true", "1", "2024-03-03T12:00:00Z"),
                component("records-api", R1, "2.14.1", "2024-03-02", "true", "1", "2024-03-12T07:00:00Z"));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void exactlyThreeSbomsHaveLog4jCore2141AndTwoOfThemRun(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        CollectingSink result = run(engine, "component-in-version-range", "package=log4j-core,versions==2.14.1");
        assertThat(result.column("digest")).containsExactly(P1, O1, R1);
        assertThat(result.column("running")).containsExactly("false", "true", "true");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void versionRangeBoundsAreHonoured(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        assertThat(run(engine, "component-in-version-range", "versions=>2.14.1,<=2.17.1").column("package_version"))
                .containsExactly("2.16.0", "2.17.1");
        assertThat(run(engine, "component-in-version-range", "versions=>=2.17.1").column("digest"))
                .containsExactly(P2);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void scanGateOutcomes(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        CollectingSink result = run(engine, "scan-gate-outcomes", MARCH);
        assertThat(result.rows()).extracting(r -> List.of(r.get(3), r.get(5), r.get(7), r.get(8), r.get(9), r.get(10)))
                .containsExactly(
                        List.of("r-101", "trivy", "pass", "0", "1", "1"),
                        List.of("r-201", "trivy", "pass", "0", "0", "0"),
                        List.of("r-202", "semgrep", "fail", "1", "1", "0"),
                        List.of("r-102", "trivy", "pass", "0", "0", "1"),
                        List.of("r-102", "semgrep", "pass", "0", "0", "0"),
                        List.of("r-103", "trivy", "fail", "1", "0", "1"));
        assertThat(run(engine, "scan-gate-outcomes", MARCH + ",decision=fail").column("run_id"))
                .containsExactly("r-202", "r-103");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void admittedWithoutEvidence(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        assertThat(run(engine, "admitted-without-evidence", MARCH).rows()).containsExactly(
                row(U1, "registry.acme/legacy-tool:live", "legacy-tool", "2024-03-05T13:00:00Z",
                        "2024-03-05T13:00:00Z", "1", "true", "false", "true"));
        CollectingSink complete = run(engine, "admitted-without-evidence", "from=2024-03-01,to=2024-03-04");
        assertThat(complete.rows()).isEmpty();
        assertThat(complete.finished()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void imageProvenance(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        CollectingSink result = run(engine, "image-provenance", "digest=" + P2);
        assertThat(result.rows()).extracting(r -> List.of(String.valueOf(r.get(0)), String.valueOf(r.get(11))))
                .containsExactly(List.of("build", "null"), List.of("sbom", "syft"), List.of("scan", "trivy"),
                        List.of("gate", "trivy"), List.of("gate", "semgrep"), List.of("provenance", "null"),
                        List.of("signature", "cosign"));
        List<String> provenance = result.rows().get(5);
        assertThat(provenance.subList(5, 11)).containsExactly("git+https://github.com/acme/repo", "c102",
                AuditScenario.BUILDER, "https://actions.github.io/buildtypes/workflow/v1", "r-102",
                "git+https://github.com/acme/repo@refs/heads/main@sha1:c102 pkg:docker/eclipse-temurin@17@sha256:"
                        + "7e".repeat(32));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void evidenceCoverageCountsAndGaps(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        CollectingSink all = run(engine, "evidence-coverage", "from=2024-03-01,to=2024-03-02");
        assertThat(all.rows()).hasSize(22).contains(row("2024-03-01", "*", "14", "false"),
                row("2024-03-02", "*", "9", "false"), row("2024-03-01", "finding", "3", "false"));
        assertThat(run(engine, "evidence-coverage", "from=2024-03-01,to=2024-03-02,show=gaps").rows())
                .containsExactly(row("2024-03-02", "key", "0", "true"));
        assertThat(run(engine, "evidence-coverage", "from=2024-03-07,to=2024-03-09,show=gaps").rows()).containsExactly(
                row("2024-03-08", "*", "0", "true"), row("2024-03-08", "admission", "0", "true"),
                row("2024-03-09", "*", "0", "true"), row("2024-03-09", "admission", "0", "true"));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void sealKeyRotation(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        assertThat(run(engine, "seal-key-rotation", "").rows()).containsExactly(
                row("ci-payments", SEAL_KEY_1, "seal-signing", "2024-03-01T09:00:00Z", "2024-03-01T09:00:00Z", "1",
                        "2024-03-10T08:00:00Z", SEAL_KEY_2),
                row("ci-payments", SEAL_KEY_2, "seal-signing", "2024-03-10T08:00:00Z", "2024-03-10T08:00:00Z", "1",
                        null, null),
                row("prod-east", SEAL_KEY_3, "seal-signing", "2024-03-01T00:00:00Z", "2024-03-01T00:00:00Z", "1",
                        null, null));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void vulnerabilityTimeToFix(String engineName) throws Exception {
        QueryEngine engine = engine(engineName);
        assertThat(run(engine, "vulnerability-time-to-fix", MARCH).rows()).containsExactly(
                row("payments", "CVE-2021-44228", "log4j-core", "CRITICAL", "2024-03-01T09:12:00Z",
                        "2024-03-01T09:12:00Z", "2024-03-10T09:12:30Z", "fixed", "216"),
                row("payments", "CVE-2024-9999", "netty-codec", "CRITICAL", "2024-03-12T09:12:00Z",
                        "2024-03-12T09:12:00Z", null, "open", null),
                row("records-api", "CVE-2021-44228", "log4j-core", "CRITICAL", "2024-03-02T09:12:00Z",
                        "2024-03-02T09:12:00Z", null, "open", null),
                row("records-api", "java.lang.security.audit.xss", null, "HIGH", "2024-03-04T09:12:00Z",
                        "2024-03-04T09:12:00Z", null, "open", null));
        assertThat(run(engine, "vulnerability-time-to-fix", MARCH + ",severity=CRITICAL").rows()).hasSize(3);
    }

    private static List<String> component(String service, String digest, String version, String sbomDay,
            String running, String places, String lastAdmitted) {
        return row(service, "registry.acme/" + service, digest, "log4j-core", version,
                "pkg:maven/org.example/log4j-core@" + version, sbomDay + "T09:11:00Z", running, places, lastAdmitted);
    }

    private static List<String> denied(String time, String cluster, String namespace, String user, String kind,
            String name, String reason, String auditId) {
        return row(time, cluster, namespace, user, "CREATE", "pods/miner", "docker.io/evil/miner:latest", null, kind,
                name, reason, "403", auditId);
    }

    static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    private static CollectingSink run(QueryEngine engine, String id, String parameters) throws Exception {
        return run(engine, id, parameters(parameters));
    }

    private static CollectingSink run(QueryEngine engine, String id, Map<String, String> parameters) throws Exception {
        CollectingSink sink = new CollectingSink();
        engine.execute(new ParameterBinder(FixedClock.endOfMarch2024())
                .bind(QueryPack.builtIn().find(id).orElseThrow(), parameters), sink, Cancellation.none());
        return sink;
    }

    private static Map<String, String> parameters(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            // split on commas that start a new name=, so range values such as '>=2.0,<2.17.1' stay whole
            for (String pair : text.split(",(?=[a-z_]+=)")) {
                int equals = pair.indexOf('=');
                parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return parameters;
    }
}
