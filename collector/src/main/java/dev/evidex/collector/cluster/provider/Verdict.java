package dev.evidex.collector.cluster.provider;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.cluster.ingest.ImageReference;
import java.util.Optional;

/** The provider's answer for one image, as the value Gatekeeper sees and as an evidence record. */
record Verdict(ImageReference image, Optional<String> signature, Optional<String> sbom, String reason) {
    Verdict {
        requireNonNull(image, "image is null");
        requireNonNull(signature, "signature is null");
        requireNonNull(sbom, "sbom is null");
        requireNonNull(reason, "reason is null");
    }

    boolean allowed() {
        return signature.isPresent() && sbom.isPresent();
    }

    ObjectNode value() {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.put("decision", allowed() ? "allowed" : "denied");
        image.digest().ifPresent(digest -> value.put("digest", digest));
        value.put("signed", signature.isPresent());
        value.put("sbom", sbom.isPresent());
        signature.ifPresent(reference -> value.put("signature_evidence", reference));
        sbom.ifPresent(reference -> value.put("sbom_evidence", reference));
        if (!reason.isEmpty()) {
            value.put("reason", reason);
        }
        return value;
    }

    ObjectNode record(String cluster, String time) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("stream", "provider");
        record.put("time", time);
        record.put("source_kind", "cluster");
        record.put("cluster", cluster);
        record.put("image", image.image());
        image.digest().ifPresent(digest -> record.put("digest", digest));
        record.put("decision", allowed() ? "allowed" : "denied");
        if (!reason.isEmpty()) {
            record.put("reason", reason);
        }
        ObjectNode detail = record.putObject("detail");
        detail.put("source", "gatekeeper-external-data");
        detail.set("answer", value());
        return record;
    }
}
