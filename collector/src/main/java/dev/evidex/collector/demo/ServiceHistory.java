package dev.evidex.collector.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.ci.CiContext;
import dev.evidex.collector.gate.Gate;
import dev.evidex.collector.gate.GateResult;
import dev.evidex.collector.gate.Waiver;
import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import dev.evidex.collector.record.Artifact;
import dev.evidex.collector.record.Subject;
import dev.evidex.collector.sbom.SbomPackage;
import dev.evidex.collector.sbom.SbomRecords;
import dev.evidex.collector.scan.Finding;
import dev.evidex.collector.scan.ScanRecords;
import dev.evidex.collector.scan.ScanReport;
import dev.evidex.collector.scan.SemgrepReports;
import dev.evidex.collector.scan.Severity;
import dev.evidex.collector.scan.TrivyReports;
import dev.evidex.verification.keys.PublicKeys;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.store.Artifacts;
import dev.evidex.verification.store.LogAppender;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Months of CI runs of one service, each sealed as one batch of its own log: build, test, SBOM,
 * Trivy and Semgrep scans through the real parsers and gate, signature, attestations, push, deploys.
 */
final class ServiceHistory {
    private static final String[] ACTORS = {"dependabot[bot]", "mchen", "apatel", "jrodriguez", "kwilliams", "release-bot"};
    private static final DemoCatalog.Vulnerability LOG4SHELL = new DemoCatalog.Vulnerability("CVE-2021-44228",
            "log4j-core", "2.14.1", "2.15.0", "CRITICAL", "log4j-core: Remote code injection in Log4j");
    private static final SbomPackage LOG4J_FIXED = new SbomPackage("log4j-core", Optional.of("2.17.1"),
            Optional.of("pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1"), Optional.of("Apache-2.0"),
            Optional.of("Organization: Apache Software Foundation"));

    private final DemoService service;
    private final DemoCatalog catalog;
    private final ObjectStore store;
    private final LogAppender appender;
    private final SettableClock clock;
    private final DemoKeys keys;
    private final Random random;
    private final Set<String> known = new HashSet<>();
    private final Set<String> stored = new HashSet<>();
    private final List<DeployEvent> deploys = new ArrayList<>();
    private final String imageKeyId;
    private final DemoAttestations attestations;
    private final SealKeyEvents keyEvents;
    private final DemoGenerator.Progress progress;
    private long written;

    ServiceHistory(DemoService service, DemoCatalog catalog, ObjectStore store, Path staging, DemoKeys keys, long seed,
            DemoGenerator.Progress progress) {
        this.service = service;
        this.catalog = catalog;
        this.store = store;
        this.keys = keys;
        this.clock = new SettableClock(Instant.EPOCH);
        this.appender = new LogAppender(store, service.log(), keys.rotatingSigner(clock), clock, staging);
        this.random = new Random(seed ^ service.name().hashCode());
        this.imageKeyId = PublicKeys.keyId(keys.imageSigningKey());
        this.attestations = new DemoAttestations(keys.imageSigner());
        this.keyEvents = new SealKeyEvents(keys, "ci");
        this.progress = progress;
    }

    List<DeployEvent> deploys() {
        return deploys;
    }

    long written() {
        return written;
    }

    /**
     * Writes runs spread evenly over {@code [start, end)} until {@code quota} records are sealed.
     * The runs of one day are sealed together (one batch per service and day), as a collector
     * batching a busy repository's steps would; it keeps the number of signatures realistic.
     */
    void generate(long quota, Instant start, Instant end) throws IOException, StoreException, InputException {
        long span = Duration.between(start, end).toSeconds();
        Instant waiverExpiry = start.plusSeconds(span / 2);
        List<ObjectNode> pending = new ArrayList<>();
        Instant pendingTime = start;
        for (int run = 0; written + pending.size() < quota; run++) {
            long offset = (long) (span * ((double) (written + pending.size()) / quota));
            Instant time = start.plusSeconds(Math.min(span - 3600, offset + random.nextInt(1800)));
            if (!pending.isEmpty() && !sameDay(pendingTime, time)) {
                seal(pending, pendingTime, quota);
            }
            List<ObjectNode> records = run(run, time, waiverExpiry);
            pending.addAll(records.subList(0, (int) Math.min(records.size(), quota - written - pending.size())));
            pendingTime = time;
        }
        if (!pending.isEmpty()) {
            seal(pending, pendingTime, quota);
        }
    }

    private static boolean sameDay(Instant first, Instant second) {
        return first.getEpochSecond() / 86_400 == second.getEpochSecond() / 86_400;
    }

    private void seal(List<ObjectNode> records, Instant lastRun, long quota) throws IOException, StoreException {
        clock.set(lastRun.plus(Duration.ofMinutes(15)));
        Optional<ObjectNode> keyEvent = keyEvents.before(clock.instant());
        if (keyEvent.isPresent()) {
            // The key event counts towards the quota like any record: the last run record gives way.
            if (written + records.size() + 1 > quota) {
                records.remove(records.size() - 1);
            }
            records.add(0, keyEvent.get());
        }
        appender.append(records);
        progress.sealed(records.size());
        written += records.size();
        records.clear();
    }

    private List<ObjectNode> run(int run, Instant time, Instant waiverExpiry) throws IOException, InputException {
        boolean main = random.nextInt(100) < 85;
        CiContext ci = new CiContext(Optional.of(service.repository()), Optional.of(hex(40)),
                Optional.of(main ? "refs/heads/main" : "refs/pull/" + (100 + run) + "/merge"),
                Optional.of(service.repository() + "/.github/workflows/hipaa-build.yml@refs/heads/main"),
                Optional.of(String.valueOf(7_000_000_000L + (long) Math.abs(service.name().hashCode() % 100_000) * 10_000 + run)),
                Optional.of(random.nextInt(20) == 0 ? 2 : 1), Optional.of(ACTORS[random.nextInt(ACTORS.length)]),
                Optional.of("GitHub Actions " + (1 + random.nextInt(40))));
        String digest = "sha256:" + hex(64);
        String image = service.image() + ":1." + (run / 12) + "." + (run % 12);
        Subject subject = new Subject(Optional.of(service.name()), Optional.of(image), Optional.of(digest), Optional.empty());
        boolean log4jPhase = service.log4jShell() && time.isBefore(waiverExpiry);
        List<ObjectNode> records = new ArrayList<>();
        records.add(RunRecords.build(time, ci, subject, 60 + random.nextInt(400)));
        int tests = 150 + random.nextInt(900);
        records.add(RunRecords.test(time.plusSeconds(120), ci, subject, tests, random.nextInt(50) == 0 ? 1 + random.nextInt(3) : 0));
        List<SbomPackage> packages = packages(log4jPhase, run / 12);
        Artifact sbom = put(Artifact.of("sbom", "application/spdx+json",
                SyntheticReports.spdx(service.name() + "-" + (run / 12) + (log4jPhase ? "-l4j" : ""), packages)));
        records.add(SbomRecords.record(time.plusSeconds(200), ci, subject, "syft", Optional.of("0.90.0"), packages, sbom));
        List<Waiver> waivers = log4jPhase ? List.of(log4jWaiver(image, waiverExpiry)) : List.of();
        boolean trivyPassed = scan(records, time.plusSeconds(260), ci, subject, trivyReport(run, log4jPhase, image), waivers);
        boolean semgrepPassed = scan(records, time.plusSeconds(300), ci, subject, semgrepReport(), List.of());
        if (!trivyPassed || !semgrepPassed) {
            return records;
        }
        boolean signed = random.nextDouble() >= service.unsignedRate();
        if (signed) {
            records.add(RunRecords.signature(time.plusSeconds(340), ci, subject, imageKeyId, signatureArtifacts(image, digest)));
            records.add(RunRecords.attestation(time.plusSeconds(350), ci, subject, imageKeyId, "https://spdx.dev/Document"));
            records.add(RunRecords.provenance(time.plusSeconds(355), ci, subject, imageKeyId,
                    put(Artifact.of("dsse-envelope", "application/vnd.dsse.envelope.v1+json",
                            attestations.provenanceEnvelope(repositoryName(image), digest, ci)))));
        }
        records.add(RunRecords.push(time.plusSeconds(380), ci, subject));
        deploy(records, time.plusSeconds(420), ci, subject, "staging", DemoWorld.CLUSTER_STAGING, signed);
        if (main && random.nextInt(100) < 80) {
            for (String cluster : DemoWorld.CLUSTERS_PRODUCTION) {
                deploy(records, time.plusSeconds(600), ci, subject, "production", cluster, signed);
            }
        }
        return records;
    }

    private void deploy(List<ObjectNode> records, Instant time, CiContext ci, Subject subject, String environment,
            String cluster, boolean signed) {
        Subject deployed = new Subject(subject.service(), subject.image(), subject.digest(), Optional.of(environment));
        records.add(RunRecords.deploy(time, ci, deployed, cluster));
        deploys.add(new DeployEvent(time.plusSeconds(5), service.name(), subject.image().orElseThrow(),
                subject.digest().orElseThrow(), environment, cluster, signed, true));
    }

    /**
     * The image's dependencies in one release line ({@code epoch}): every third line adopts one more
     * package of its ecosystem, so deployments bring new dependencies as real services do.
     */
    private List<SbomPackage> packages(boolean log4jPhase, int epoch) {
        List<SbomPackage> base = !service.log4jShell() || log4jPhase ? service.packages()
                : service.packages().stream().map(sbomPackage -> sbomPackage.equals(DemoWorld.LOG4J_VULNERABLE)
                        ? LOG4J_FIXED : sbomPackage).toList();
        Set<String> names = new HashSet<>();
        base.forEach(sbomPackage -> names.add(sbomPackage.name()));
        List<SbomPackage> adopted = catalog.images().get(service.ecosystem()).stream()
                .filter(sbomPackage -> !names.contains(sbomPackage.name())).limit(epoch / 3).toList();
        if (adopted.isEmpty()) {
            return base;
        }
        List<SbomPackage> all = new ArrayList<>(base);
        all.addAll(adopted);
        return all;
    }

    private Waiver log4jWaiver(String image, Instant expiry) {
        String fingerprint = dev.evidex.collector.scan.Fingerprints.of("trivy", LOG4SHELL.id(), LOG4SHELL.packageName(),
                LOG4SHELL.installedVersion(), image);
        return new Waiver(fingerprint, "JNDI lookups disabled (LOG4J_FORMAT_MSG_NO_LOOKUPS=true); upgrade tracked in SEC-1042",
                "ciso@acme-health.example", expiry);
    }

    private InputFile trivyReport(int run, boolean log4jPhase, String image) {
        List<DemoCatalog.Vulnerability> vulnerabilities = new ArrayList<>();
        int epoch = run / 12;
        for (int i = 0; i < service.vulnerabilities().size(); i++) {
            if ((i + epoch) % 5 != 0) {
                vulnerabilities.add(service.vulnerabilities().get(i));
            }
        }
        if (log4jPhase) {
            vulnerabilities.add(LOG4SHELL);
        }
        if (random.nextInt(100) < 3) {
            List<DemoCatalog.Vulnerability> critical = catalog.vulnerabilities().stream()
                    .filter(vulnerability -> vulnerability.severity().equals("CRITICAL")).toList();
            vulnerabilities.add(critical.get(random.nextInt(critical.size())));
        }
        return new InputFile(Path.of("trivy.json"), SyntheticReports.trivy(image, image, vulnerabilities));
    }

    private InputFile semgrepReport() {
        List<DemoCatalog.Rule> rules = service.rules().stream().filter(rule -> random.nextInt(4) != 0).toList();
        return new InputFile(Path.of("semgrep.json"), SyntheticReports.semgrep(rules));
    }

    /** Parses a report with the CI parsers, gates it at CRITICAL and adds its records; true if it passed. */
    private boolean scan(List<ObjectNode> records, Instant time, CiContext ci, Subject subject, InputFile file,
            List<Waiver> waivers) throws IOException, InputException {
        ScanReport report = file.name().startsWith("trivy") ? TrivyReports.parse(file) : SemgrepReports.parse(file);
        GateResult gate = Gate.evaluate(report.findings(), Optional.of(Severity.CRITICAL), waivers, known, time);
        Artifact reportArtifact = put(Artifact.of("scan-report", "application/json", file.bytes()));
        Optional<Artifact> waiverArtifact = waivers.isEmpty() ? Optional.empty()
                : Optional.of(put(Artifact.of("waivers", "application/json", waiverFile(waivers))));
        records.addAll(new ScanRecords(report, gate, reportArtifact, waiverArtifact, waivers).build(time, ci, subject));
        report.findings().stream().map(Finding::fingerprint).forEach(known::add);
        return gate.passed();
    }

    private static byte[] waiverFile(List<Waiver> waivers) {
        StringBuilder text = new StringBuilder("{\"waivers\":[");
        for (int i = 0; i < waivers.size(); i++) {
            Waiver waiver = waivers.get(i);
            text.append(i == 0 ? "" : ",").append("{\"fingerprint\":\"").append(waiver.fingerprint())
                    .append("\",\"justification\":\"").append(waiver.justification()).append("\",\"approver\":\"")
                    .append(waiver.approver()).append("\",\"expires\":\"").append(waiver.expires()).append("\"}");
        }
        return text.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<Artifact> signatureArtifacts(String image, String digest) throws IOException {
        String payload = "{\"critical\":{\"identity\":{\"docker-reference\":\"" + repositoryName(image)
                + "\"},\"image\":{\"docker-manifest-digest\":\"" + digest + "\"},\"type\":\"cosign container image signature\"},"
                + "\"optional\":null}";
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return List.of(put(Artifact.of("signature-payload", "application/vnd.dev.cosign.simplesigning.v1+json", bytes)),
                put(Artifact.of("signature", "text/plain", attestations.cosignSignature(bytes))));
    }

    private static String repositoryName(String image) {
        return image.substring(0, image.lastIndexOf(':'));
    }

    private Artifact put(Artifact artifact) throws IOException {
        if (stored.add(artifact.digest())) {
            Artifacts.put(store, artifact.bytes());
        }
        return artifact;
    }

    private String hex(int length) {
        byte[] bytes = new byte[(length + 1) / 2];
        random.nextBytes(bytes);
        return Hashes.hex(bytes).substring(0, length);
    }
}
