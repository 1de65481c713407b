package dev.evidex.app.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.app.store.DemoStoreGenerator;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.store.LocalStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Writes small, real evidence stores for tests (the collector's real append code, a real key). */
public final class TestStores implements DemoStoreGenerator {
    public static final String CI_LOG = "ci.acme-payments";
    public static final String CLUSTER_LOG = "cluster.prod-eu";
    public static final String SBOM = """
            {"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","name":"payments","packages":[
            {"name":"log4j-core","versionInfo":"2.14.1","SPDXID":"SPDXRef-1"},
            {"name":"jackson-databind","versionInfo":"2.18.2","SPDXID":"SPDXRef-2"},
            {"name":"netty-codec","versionInfo":"4.1.100","SPDXID":"SPDXRef-3"}]}""";

    private final Instant base;

    public TestStores() {
        this(Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(5)));
    }

    public TestStores(Instant base) {
        this.base = base;
    }

    /** A store in {@code directory} and its trusted key in {@code keys}. */
    @Override
    public void generate(Path directory, Path keys) throws IOException {
        KeyPair pair = keyPair();
        LocalSigner signer;
        try {
            signer = new LocalSigner(pair.getPrivate(), pair.getPublic());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        KeyArchiveEntry entry = new KeyArchiveEntry(pair.getPublic(), List.of(KeyPurpose.SEAL_SIGNING),
                Instant.parse("2020-01-01T00:00:00Z"), Optional.empty(), Optional.empty());
        Files.createDirectories(keys);
        Files.write(keys.resolve("seal-signing.json"), entry.toCanonicalJson());
        KeyPair imageKey = keyPair();
        Files.write(keys.resolve("image-signing.json"), new KeyArchiveEntry(imageKey.getPublic(),
                List.of(KeyPurpose.IMAGE_SIGNING), Instant.parse("2020-01-01T00:00:00Z"), Optional.empty(),
                Optional.empty()).toCanonicalJson());
        LocalStore store = LocalStore.open(directory);
        try {
            store.putKey(entry);
            String sbom = store.putArtifact(SBOM.getBytes(StandardCharsets.UTF_8));
            for (int day = 0; day < 5; day++) {
                Instant time = base.plus(Duration.ofDays(day)).plus(Duration.ofHours(9));
                store.appender(CI_LOG, signer, Clock.fixed(time.plusSeconds(60), ZoneOffset.UTC))
                        .append(ciBatch(time, day, sbom, cosign(store, imageKey, digest(day))));
                store.appender(CLUSTER_LOG, signer, Clock.fixed(time.plusSeconds(3600), ZoneOffset.UTC))
                        .append(admissions(time.plusSeconds(1800), day));
            }
        } catch (dev.evidex.verification.store.StoreException e) {
            throw new IOException(e);
        }
    }

    /** A fresh store under {@code root}: {@code root/store} and {@code root/keys}. */
    public static Path create(Path root) {
        try {
            new TestStores().generate(root.resolve("store"), root.resolve("keys"));
            return root.resolve("store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flips one byte of the first batch object of a log, as an attacker with disk access would. */
    public static Path tamper(Path store, String log) throws IOException {
        Path batch;
        try (Stream<Path> files = Files.walk(store.resolve("records"))) {
            batch = files.filter(f -> f.getFileName().toString().startsWith(log + "-")).sorted().findFirst()
                    .orElseThrow();
        }
        batch.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(batch);
        // Renames a workload in the first record ("pods/payments" -> "pods/Payments"): still valid JSON.
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("pods/payments");
        int position = at > 0 ? at + 5 : bytes.length / 2;
        bytes[position] = (byte) (bytes[position] == 'p' ? 'P' : 'x');
        Files.write(batch, bytes);
        return batch;
    }

    static String digest(int day) {
        return "sha256:" + "ab".repeat(31) + String.format("%02d", day);
    }

    /** A Cosign simple-signing payload for the image and its signature, stored as artifacts. */
    private static String[] cosign(LocalStore store, KeyPair key, String digest) throws IOException {
        String payload = "{\"critical\":{\"identity\":{\"docker-reference\":\"registry.acme.dev/payments\"},"
                + "\"image\":{\"docker-manifest-digest\":\"" + digest + "\"},"
                + "\"type\":\"cosign container image signature\"},\"optional\":null}";
        try {
            java.security.Signature signer = java.security.Signature.getInstance("SHA256withECDSA");
            signer.initSign(key.getPrivate());
            signer.update(payload.getBytes(StandardCharsets.UTF_8));
            String signature = java.util.Base64.getEncoder().encodeToString(signer.sign());
            return new String[] {store.putArtifact(payload.getBytes(StandardCharsets.UTF_8)),
                store.putArtifact(signature.getBytes(StandardCharsets.US_ASCII))};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ObjectNode> ciBatch(Instant time, int day, String sbom, String[] cosign) {
        List<ObjectNode> records = new ArrayList<>();
        String digest = digest(day);
        ObjectNode build = record("build", time, "ci");
        build.put("repository", "acme/payments").put("commit_sha", "c0ffee" + day).put("service", "payments")
                .put("image", "registry.acme.dev/payments:1." + day).put("digest", digest);
        records.add(build);
        ObjectNode sbomRecord = record("sbom", time.plusSeconds(10), "ci");
        sbomRecord.put("tool", "syft").put("digest", digest).put("package_count", 3);
        ArrayNode artifacts = sbomRecord.putArray("artifacts");
        artifacts.addObject().put("role", "sbom").put("digest", sbom).put("media_type", "application/spdx+json")
                .put("size", SBOM.getBytes(StandardCharsets.UTF_8).length);
        records.add(sbomRecord);
        String[] severities = {"CRITICAL", "HIGH", "MEDIUM", "LOW"};
        for (int i = 0; i <= day % 3; i++) {
            ObjectNode finding = record("finding", time.plusSeconds(20 + i), "ci");
            finding.put("tool", "trivy").put("severity", severities[(day + i) % 4]).put("finding_id", "CVE-2021-4422" + i)
                    .put("package_name", "log4j-core").put("package_version", "2.14.1").put("digest", digest);
            records.add(finding);
        }
        ObjectNode signature = record("signature", time.plusSeconds(40), "ci");
        signature.put("tool", "cosign").put("decision", "verified").put("digest", digest)
                .put("signature_kind", "cosign-simple-signing");
        ArrayNode signed = signature.putArray("artifacts");
        signed.addObject().put("role", "signature-payload").put("digest", cosign[0]).put("media_type", "application/json");
        signed.addObject().put("role", "signature").put("digest", cosign[1]).put("media_type", "text/plain");
        records.add(signature);
        return records;
    }

    private static List<ObjectNode> admissions(Instant time, int day) {
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            boolean denied = i < day % 3 + 1 && i != 2;
            ObjectNode admission = record("admission", time.plusSeconds(i), "cluster");
            admission.put("cluster", "prod-eu").put("namespace", "payments").put("user", "system:serviceaccount:ci")
                    .put("operation", "CREATE").put("resource", "pods/payments-" + day + "-" + i)
                    .put("image", "registry.acme.dev/payments:1." + day).put("decision", denied ? "denied" : "allowed")
                    .put("audit_id", "audit-" + day + "-" + i).put("response_code", denied ? 403 : 200);
            if (denied) {
                admission.put("constraint_kind", "K8sRequiredSignature").put("constraint_name", "signed-images")
                        .put("reason", "image is not signed by a trusted key");
            }
            records.add(admission);
        }
        return records;
    }

    private static ObjectNode record(String stream, Instant time, String sourceKind) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("stream", stream).put("time", time.truncatedTo(ChronoUnit.MILLIS).toString())
                .put("source_kind", sourceKind);
        return node;
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
