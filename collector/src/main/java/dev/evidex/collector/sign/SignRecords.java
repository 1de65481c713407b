package dev.evidex.collector.sign;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.ci.CiContext;
import dev.evidex.collector.record.Artifact;
import dev.evidex.collector.record.Records;
import dev.evidex.collector.record.Subject;
import dev.evidex.verification.artifact.attestation.SlsaProvenance;
import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.check.Check;
import dev.evidex.verification.check.CheckStatus;
import dev.evidex.verification.check.Fact;
import dev.evidex.verification.keys.PublicKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code signature}, {@code attestation} and {@code provenance} records: the verdict at
 * ingest, the key or identity that verified it, every check in {@code detail}, the provenance
 * columns of SLSA predicates, and the inputs and trust material as artifacts.
 */
public final class SignRecords {
    private static final Set<String> SLSA = Set.of(SlsaProvenance.V0_1, SlsaProvenance.V0_2, SlsaProvenance.V1);

    private SignRecords() {}

    /** {@code signature} for a signature over the image, {@code provenance} for SLSA, else {@code attestation}. */
    public static String stream(Verified verified) {
        ArtifactReport report = verified.report();
        Optional<String> predicate = report.fact("predicate-type")
                .or(() -> verified.statement().map(statement -> statement.predicateType()));
        if (predicate.isEmpty() && verified.statement().isEmpty() && !report.kind().equals("dsse")) {
            return "signature";
        }
        return predicate.filter(SLSA::contains).isPresent() ? "provenance" : "attestation";
    }

    public static ObjectNode record(Verified verified, SignTrust trust, Instant time, CiContext ci, Subject subject) {
        ArtifactReport report = verified.report();
        ObjectNode record = Records.ci(stream(verified), time, ci, subject);
        record.put("tool", "cosign");
        record.put("decision", verified.verified() ? "verified" : "failed");
        Records.putIfPresent(record, "key_id", keyId(report));
        Records.putIfPresent(record, "identity", report.fact("signer-identity"));
        record.put("signature_kind", report.kind());
        Optional<String> predicate = report.fact("predicate-type")
                .or(() -> verified.statement().map(statement -> statement.predicateType()));
        Records.putIfPresent(record, "predicate_type", predicate);
        verified.statement().flatMap(SlsaProvenance::from).ifPresent(provenance -> {
            Records.putIfPresent(record, "builder_id", provenance.builderId());
            Records.putIfPresent(record, "build_type", provenance.buildType());
            Records.putIfPresent(record, "source_repository", provenance.sourceRepository());
            Records.putIfPresent(record, "source_commit", provenance.sourceCommit());
            Records.putIfPresent(record, "invocation_id", provenance.invocationId());
        });
        verified.statement().flatMap(BuildInputs::of).ifPresent(inputs -> record.set("build_inputs", inputs));
        detail(Records.detail(record), verified, trust);
        List<Artifact> artifacts = new ArrayList<>(verified.inputs());
        artifacts.addAll(trust.material());
        Records.attach(record, artifacts);
        return record;
    }

    /** The key that verified the signature (or, for a single-key check that failed, the key it was checked with). */
    static Optional<String> keyId(ArtifactReport report) {
        Optional<String> passed = report.checks().stream()
                .filter(check -> check.name().startsWith("signature") && check.status() == CheckStatus.PASSED)
                .flatMap(check -> check.principal().stream()).filter(principal -> principal.startsWith("sha256:")).findFirst();
        return passed.or(() -> report.check("signature").flatMap(Check::principal)
                .filter(principal -> principal.startsWith("sha256:")));
    }

    private static void detail(ObjectNode detail, Verified verified, SignTrust trust) {
        ArtifactReport report = verified.report();
        detail.put("input", verified.location());
        ArrayNode checks = detail.putArray("checks");
        for (Check check : report.checks()) {
            ObjectNode node = checks.addObject();
            node.put("name", check.name());
            node.put("status", check.status().name().toLowerCase(Locale.ROOT));
            node.put("detail", check.detail());
            check.principal().ifPresent(principal -> node.put("principal", principal));
        }
        ArrayNode failed = detail.putArray("failed_checks");
        report.failedChecks().forEach(check -> failed.add(check.name()));
        ObjectNode facts = detail.putObject("facts");
        for (Fact fact : report.facts()) {
            facts.put(fact.name(), fact.value());
        }
        ObjectNode with = detail.putObject("verified_with");
        ArrayNode keys = with.putArray("keys");
        trust.keys().forEach(key -> keys.add(PublicKeys.keyId(key)));
        trust.rekorKey().ifPresent(key -> with.put("rekor_key", PublicKeys.keyId(key)));
        trust.material().stream().filter(artifact -> artifact.role().equals("raw")).findFirst()
                .ifPresent(root -> with.put("trusted_root", root.digest()));
        trust.identity().ifPresent(identity -> with.put("identity", identity.subjectAlternativeName())
                .put("issuer", identity.issuer()));
        trust.policy().builderId().ifPresent(builder -> with.put("builder_id", builder));
        trust.policy().sourceRepository().ifPresent(source -> with.put("source_repository", source));
        trust.policy().keyId().ifPresent(keyId -> with.put("key_id", keyId));
    }
}
