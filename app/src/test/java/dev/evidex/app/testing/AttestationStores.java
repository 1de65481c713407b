package dev.evidex.app.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.artifact.attestation.DsseEnvelope;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.store.LocalStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A store of provenance records with signed attestations, written with the real append code:
 * index 0 a DSSE envelope signed by the trusted image key, 1 one signed by a key nobody trusts,
 * 2 one whose signed builder differs from the record's claim, 3 a keyless Sigstore bundle (real,
 * from the Sigstore fixtures) and 4 the same bundle with a broken signature. The trusted keys and
 * the Sigstore trusted root are in {@code root/keys}.
 */
public final class AttestationStores {
    public static final String LOG = "ci.acme-attested";
    public static final String BUILDER =
            "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/tags/v2.0.0";
    public static final String IMAGE = "sha256:" + "7e".repeat(32);
    /** What the Sigstore fixture's provenance says about its build: the records claim the same. */
    private static final String BUNDLE_BUILDER =
            "https://github.com/loosebazooka/aa-test/.github/workflows/provenance.yaml@refs/heads/main";
    private static final String BUNDLE_SOURCE = "git+https://github.com/loosebazooka/aa-test";
    private static final String SOURCE = "git+https://github.com/acme/payments";

    private AttestationStores() {}

    public static Path create(Path root) throws Exception {
        Path keys = Files.createDirectories(root.resolve("keys"));
        KeyPair seal = pair();
        KeyPair image = pair();
        Instant since = Instant.parse("2020-01-01T00:00:00Z");
        KeyArchiveEntry sealEntry = new KeyArchiveEntry(seal.getPublic(), List.of(KeyPurpose.SEAL_SIGNING), since,
                Optional.empty(), Optional.empty());
        Files.write(keys.resolve("seal.json"), sealEntry.toCanonicalJson());
        Files.write(keys.resolve("image.json"), new KeyArchiveEntry(image.getPublic(), List.of(KeyPurpose.IMAGE_SIGNING),
                since, Optional.empty(), Optional.empty()).toCanonicalJson());
        Path fixtures = Path.of(System.getProperty("evidex.fixtures", "../../shared/fixtures")).resolve("cosign/sigstore-java");
        Files.createDirectories(keys.resolve("sigstore"));
        Files.copy(fixtures.resolve("trusted_root.json"), keys.resolve("sigstore/trusted_root.json"));
        String bundleSubject = "sha256:" + Hashes.hex(Hashes.sha256(Files.readAllBytes(fixtures.resolve("artifact.txt"))));

        Path directory = root.resolve("store");
        LocalStore store = LocalStore.open(directory);
        store.putKey(sealEntry);
        List<ObjectNode> records = List.of(
                provenance(store.putArtifact(envelope(image, IMAGE, BUILDER)), "dsse-envelope", IMAGE, BUILDER, SOURCE),
                provenance(store.putArtifact(envelope(pair(), IMAGE, BUILDER)), "dsse-envelope", IMAGE, BUILDER, SOURCE),
                provenance(store.putArtifact(envelope(image, IMAGE, "https://github.com/evil/builder@v1")), "dsse-envelope",
                        IMAGE, BUILDER, SOURCE),
                provenance(store.putArtifact(Files.readAllBytes(fixtures.resolve("bundle.dsse.sigstore.json"))),
                        "sigstore-bundle", bundleSubject, BUNDLE_BUILDER, BUNDLE_SOURCE),
                provenance(store.putArtifact(Files.readAllBytes(fixtures.resolve("bundle.dsse.bad-signature.sigstore.json"))),
                        "sigstore-bundle", bundleSubject, BUNDLE_BUILDER, BUNDLE_SOURCE));
        store.appender(LOG, new LocalSigner(seal.getPrivate(), seal.getPublic()),
                Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC)).append(records);
        return directory;
    }

    /**
     * A store with one Cosign signature record (real containers/image fixture signed with
     * cosign2.pub, logged in Rekor) linking payload, signature and the Rekor bundle as the collector
     * stores them; the signing key is trusted, and the Rekor key is in {@code keys/sigstore/rekor.pub}.
     */
    public static Path createCosignWithRekor(Path root) throws Exception {
        Path keys = Files.createDirectories(root.resolve("keys").resolve("sigstore")).getParent();
        KeyPair seal = pair();
        KeyArchiveEntry sealEntry = new KeyArchiveEntry(seal.getPublic(), List.of(KeyPurpose.SEAL_SIGNING),
                Instant.parse("2020-01-01T00:00:00Z"), Optional.empty(), Optional.empty());
        Files.write(keys.resolve("seal.json"), sealEntry.toCanonicalJson());
        Path fixtures = Path.of(System.getProperty("evidex.fixtures", "../../shared/fixtures")).resolve("cosign/containers-image");
        Files.copy(fixtures.resolve("cosign2.pub"), keys.resolve("cosign2.pub"));
        Files.copy(fixtures.resolve("rekor.pub"), keys.resolve("sigstore/rekor.pub"));
        byte[] payload = Files.readAllBytes(fixtures.resolve("key-rekor/payload.json"));
        String image = Json.mapper().readTree(payload).path("critical").path("image").path("docker-manifest-digest").asText();

        Path directory = root.resolve("store");
        LocalStore store = LocalStore.open(directory);
        store.putKey(sealEntry);
        ObjectNode record = Json.mapper().createObjectNode();
        record.put("stream", "signature").put("time", "2025-06-01T09:59:00Z").put("source_kind", "ci")
                .put("digest", image).put("signature_kind", "cosign-simple-signing");
        var artifacts = record.putArray("artifacts");
        artifacts.addObject().put("role", "signature-payload").put("digest", store.putArtifact(payload));
        artifacts.addObject().put("role", "signature")
                .put("digest", store.putArtifact(Files.readAllBytes(fixtures.resolve("key-rekor/payload.sig"))));
        artifacts.addObject().put("role", "raw")
                .put("digest", store.putArtifact(Files.readAllBytes(fixtures.resolve("key-rekor/rekor-bundle.json"))));
        store.appender(LOG, new LocalSigner(seal.getPrivate(), seal.getPublic()),
                Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC)).append(List.of(record));
        return directory;
    }

    private static ObjectNode provenance(String artifact, String role, String digest, String builder, String source) {
        ObjectNode record = Json.mapper().createObjectNode();
        record.put("stream", "provenance").put("time", "2025-06-01T09:59:00Z").put("source_kind", "ci")
                .put("digest", digest).put("builder_id", builder).put("source_repository", source);
        record.putArray("artifacts").addObject().put("role", role).put("digest", artifact)
                .put("media_type", "application/json");
        return record;
    }

    /** An in-toto statement with SLSA v1 provenance for the image, signed over the DSSE PAE. */
    private static byte[] envelope(KeyPair key, String digest, String builder) throws Exception {
        String statement = "{\"_type\":\"https://in-toto.io/Statement/v1\",\"subject\":[{\"name\":\"registry.acme.dev/payments\","
                + "\"digest\":{\"sha256\":\"" + digest.substring(7) + "\"}}],\"predicateType\":\"https://slsa.dev/provenance/v1\","
                + "\"predicate\":{\"buildDefinition\":{\"buildType\":\"https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1\","
                + "\"externalParameters\":{},\"resolvedDependencies\":[{\"uri\":\"git+https://github.com/acme/payments@refs/heads/main\","
                + "\"digest\":{\"gitCommit\":\"c0ffee\"}}]},\"runDetails\":{\"builder\":{\"id\":\"" + builder + "\"}}}}";
        byte[] payload = statement.getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key.getPrivate());
        signer.update(new DsseEnvelope(DsseEnvelope.IN_TOTO_PAYLOAD_TYPE, payload, List.of()).preAuthenticationEncoding());
        return ("{\"payloadType\":\"" + DsseEnvelope.IN_TOTO_PAYLOAD_TYPE + "\",\"payload\":\""
                + Base64.getEncoder().encodeToString(payload) + "\",\"signatures\":[{\"keyid\":\"\",\"sig\":\""
                + Base64.getEncoder().encodeToString(signer.sign()) + "\"}]}").getBytes(StandardCharsets.UTF_8);
    }

    private static KeyPair pair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
