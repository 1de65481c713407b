package dev.evidex.verification.artifact.attestation;

import static dev.evidex.verification.artifact.ArtifactFixtures.bytes;
import static dev.evidex.verification.artifact.ArtifactFixtures.key;
import static dev.evidex.verification.artifact.ArtifactFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.verification.artifact.ArtifactFixtures;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.check.Check;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SLSA fixture cases whose signatures are checked with a key (raw DSSE and Cloud Build). */
class AttestationVerifierTest {
    private static final String GCB_KEY_ID = "projects/verified-builder/locations/us-west2/keyRings/attestor/cryptoKeys/builtByGCB/cryptoKeyVersions/1";
    private static final String VSA_KEY_ID = "keystore://76574:prod:vsa_signing_public_key";
    private static final Map<String, String> DIGESTS = Map.of(
            "gcb-v0.3-container-github.json", "f472ca4b68898c951ac3b476cba919d0d56fca4ced631fabcead51e4b2b690e7",
            "gcb-v0.3-container-mismatch-payload-digest.json", "f472ca4b68898c951ac3b476cba919d0d56fca4ced631fabcead51e4b2b690e7",
            "gha-generic-v1.2.0-workflow_dispatch.intoto.jsonl", "d1faeb68e9bf4b3790bb08cc39fd2afb68ee37371c8b9f705e2e68f449b56240",
            "malicious-expired-cert.intoto.jsonl", "4bdb495d05cbb9eb0722ec4fcfef8a02d5ca7a2fca0b0fed718447f89d39a589",
            "malicious-untrusted-builder.intoto.jsonl", "b01c4f22b92c57fe1c94ba99b568e8d704bbf544882784b5b8c765fc32e627c4");

    private final AttestationVerifier verifier = new AttestationVerifier();

    static List<ArtifactReport> verify(String file, String keyFile, ProvenancePolicy policy) throws Exception {
        Path folder = ArtifactFixtures.folder("slsa");
        List<PublicKey> keys = keyFile.isEmpty() ? List.of() : List.of(key(folder.resolve(keyFile)));
        AttestationVerifier verifier = new AttestationVerifier();
        return AttestationDocuments.read(bytes(folder.resolve(file))).stream()
                .map(source -> {
                    try {
                        return verifier.verify(file, (AttestationSource.Envelope) source, keys, policy);
                    } catch (AttestationVerificationException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    @ParameterizedTest(name = "{0} key={1} builder={2} source={3} keyid={4}: fails {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "gcb-v0.3-container-github.json | gcb-us-west2.key | https://cloudbuild.googleapis.com/GoogleHostedWorker | github.com/laurentsimon/gcb-tests | - | -",
        "gcb-v0.3-container-github.json | gcb-us-west2.key | - | github.com/laurentsimon/gcb-tests | " + GCB_KEY_ID + " | -",
        "gcb-v0.3-container-mismatch-payload-digest.json | gcb-us-west2.key | - | - | - | signature,subject-digest",
        "gcb-v0.3-container-github.json | gcb-us-west2.key | - | github.com/someone/else | - | source-repository",
        "vsa-gke-gce-pre.bcid-vsa.jsonl | vsa_signing_public_key.pem | - | - | " + VSA_KEY_ID + " | -",
        "vsa-gke-gce-pre.bcid-vsa.jsonl | vsa_signing_public_key.pem | - | - | keystore://wrong | signature",
        "vsa-gke-gce-pre.bcid-vsa.jsonl | gcb-us-west2.key | - | - | - | signature",
        "gha-generic-v1.2.0-workflow_dispatch.intoto.jsonl | - | - | - | - | signature",
        "malicious-expired-cert.intoto.jsonl | - | - | - | - | signature",
        "malicious-untrusted-builder.intoto.jsonl | - | https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_go_slsa3.yml | github.com/slsa-framework/example-package | - | signature,builder-id,source-repository",
    })
    void slsaFixtureCases(String file, String keyFile, String builderId, String source, String keyId, String failed)
            throws Exception {
        ProvenancePolicy policy = ProvenancePolicy.none();
        if (DIGESTS.containsKey(file)) {
            policy = policy.withArtifactDigest(Sha256Digest.parse(DIGESTS.get(file)));
        }
        policy = builderId == null ? policy : policy.withBuilderId(builderId);
        policy = source == null ? policy : policy.withSourceRepository(source);
        policy = keyId == null ? policy : policy.withKeyId(keyId);

        List<ArtifactReport> reports = verify(file, keyFile == null ? "" : keyFile, policy);

        assertThat(reports).singleElement().satisfies(report -> {
            if (failed == null) {
                assertThat(report.verified()).as(report.toString()).isTrue();
            } else {
                assertThat(report.failedChecks()).extracting(Check::name).containsExactly(failed.split(","));
            }
        });
    }

    @Test
    void cloudBuildProvenanceReportsSourceAndConvention() throws Exception {
        ArtifactReport report = verify("gcb-v0.3-container-github.json", "gcb-us-west2.key", ProvenancePolicy.none()).get(0);

        assertThat(report.check("signature[0]").orElseThrow().detail()).contains("raw payload (Cloud Build convention)");
        assertThat(report.fact("builder-id")).contains("https://cloudbuild.googleapis.com/GoogleHostedWorker@v0.3");
        assertThat(report.fact("source-repository")).contains("https://github.com/laurentsimon/gcb-tests");
        assertThat(report.fact("source-commit")).contains("01ce393d04eb6df2a7b2b3e95d4126e687afb7ae");
        assertThat(report.fact("invocation-id")).contains("11f6c682-3451-4f72-ac2a-8e386eab66af");
    }

    @Test
    void keylessEnvelopeWithoutLogEntrySaysWhyItCannotVerifyOffline() throws Exception {
        ArtifactReport report = verify("gha-generic-v1.2.0-workflow_dispatch.intoto.jsonl", "", ProvenancePolicy.none()).get(0);

        assertThat(report.check("signature").orElseThrow().detail())
                .contains("Fulcio certificate but no transparency-log entry");
        assertThat(report.fact("builder-id")).hasValueSatisfying(id -> assertThat(id).endsWith("@refs/tags/v1.2.0"));
        assertThat(report.fact("source-commit")).contains("0284207f2a7ad5d413a41fe5744640d4188d45bc");
    }

    @Test
    void vsaSignatureIsRawRAndSAndItsSubjectIsNotAHash() throws Exception {
        ArtifactReport report = verify("vsa-gke-gce-pre.bcid-vsa.jsonl", "vsa_signing_public_key.pem",
                ProvenancePolicy.none().withArtifactDigest(Sha256Digest.of(new byte[0]))).get(0);

        assertThat(report.check("signature").orElseThrow().failed()).isFalse();
        assertThat(report.failedChecks()).extracting(Check::name).containsExactly("subject-digest");
        assertThat(report.fact("subjects")).hasValueSatisfying(subjects -> assertThat(subjects).contains("gce_image_id"));
    }

    @Test
    void requestedCheckFailsWhenTheVsaHasNoBuilder() throws Exception {
        ArtifactReport report = verify("vsa-gke-gce-pre.bcid-vsa.jsonl", "vsa_signing_public_key.pem",
                ProvenancePolicy.none().withBuilderId("https://example.com/builder")).get(0);

        assertThat(report.check("builder-id").orElseThrow().detail()).contains("names no builder");
        assertThat(text(ArtifactFixtures.folder("slsa").resolve("vsa_signing_public_key.pem"))).contains("PUBLIC KEY");
    }
}
