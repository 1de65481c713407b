package dev.evidex.collector.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.ci.CiContext;
import dev.evidex.collector.record.Artifact;
import dev.evidex.collector.record.Records;
import dev.evidex.collector.record.Subject;
import java.time.Instant;
import java.util.List;

/** Records of the pipeline stages that have no tool report to parse (build, sign, provenance, push, deploy). */
final class RunRecords {
    static final String BUILDER_ID =
            "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/tags/v2.0.0";
    static final String BUILD_TYPE = "https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1";

    private RunRecords() {}

    static ObjectNode build(Instant time, CiContext ci, Subject subject, int seconds) {
        ObjectNode record = Records.ci("build", time, ci, subject);
        record.put("tool", "docker-buildx");
        Records.detail(record).put("duration_seconds", seconds).put("platform", "linux/amd64");
        return record;
    }

    static ObjectNode test(Instant time, CiContext ci, Subject subject, int total, int failed) {
        ObjectNode record = Records.ci("test", time, ci, subject);
        record.put("tool", "junit");
        record.put("tests_total", total);
        record.put("tests_failed", failed);
        return record;
    }

    static ObjectNode signature(Instant time, CiContext ci, Subject subject, String keyId, List<Artifact> artifacts) {
        ObjectNode record = Records.ci("signature", time, ci, subject);
        record.put("tool", "cosign");
        record.put("tool_version", "2.4.1");
        record.put("decision", "verified");
        record.put("key_id", keyId);
        record.put("signature_kind", "cosign-simple-signing");
        Records.detail(record).put("key_reference", "awskms:///alias/cosign-image-signing");
        Records.attach(record, artifacts);
        return record;
    }

    static ObjectNode attestation(Instant time, CiContext ci, Subject subject, String keyId, String predicateType) {
        ObjectNode record = Records.ci("attestation", time, ci, subject);
        record.put("tool", "cosign");
        record.put("tool_version", "2.4.1");
        record.put("decision", "verified");
        record.put("key_id", keyId);
        record.put("signature_kind", "dsse");
        record.put("predicate_type", predicateType);
        return record;
    }

    static ObjectNode provenance(Instant time, CiContext ci, Subject subject, String keyId, Artifact envelope) {
        ObjectNode record = attestation(time, ci, subject, keyId, "https://slsa.dev/provenance/v1");
        Records.attach(record, List.of(envelope));
        record.put("stream", "provenance");
        record.put("builder_id", BUILDER_ID);
        record.put("build_type", BUILD_TYPE);
        record.put("source_repository", "git+https://github.com/" + ci.repository().orElseThrow());
        record.put("source_commit", ci.commitSha().orElseThrow());
        record.put("invocation_id", "https://github.com/" + ci.repository().orElseThrow() + "/actions/runs/"
                + ci.runId().orElseThrow() + "/attempts/" + ci.runAttempt().orElse(1));
        return record;
    }

    static ObjectNode push(Instant time, CiContext ci, Subject subject) {
        ObjectNode record = Records.ci("push", time, ci, subject);
        Records.detail(record).put("registry", DemoWorld.REGISTRY);
        return record;
    }

    static ObjectNode deploy(Instant time, CiContext ci, Subject subject, String cluster) {
        ObjectNode record = Records.ci("deploy", time, ci, subject);
        record.put("cluster", cluster);
        record.put("namespace", subject.environment().orElseThrow());
        Records.detail(record).put("tool", "argocd").put("strategy", "rolling");
        return record;
    }
}
