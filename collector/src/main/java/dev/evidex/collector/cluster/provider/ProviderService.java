package dev.evidex.collector.cluster.provider;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.cluster.ingest.Evidence;
import dev.evidex.collector.cluster.ingest.ImageReference;
import dev.evidex.collector.cluster.ingest.MalformedInputException;
import dev.evidex.collector.cluster.ingest.Times;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Gatekeeper's external data provider ({@code externaldata.gatekeeper.sh/v1beta1}): for each
 * image key, whether the evidence store holds a verified pipeline signature and an SBOM for its
 * digest. Each answer is also an evidence record (stream {@code provider}), so the policy's
 * facts and the audit trail are the same facts.
 */
public final class ProviderService {
    public static final Set<String> API_VERSIONS = Set.of("externaldata.gatekeeper.sh/v1beta1",
            "externaldata.gatekeeper.sh/v1alpha1");
    /** Gatekeeper batches the images of one object, and audit batches more; this is far above both. */
    static final int MAX_KEYS = 10_000;

    /** The response to send and the records to spool before sending it. */
    public record Answer(ObjectNode response, List<Evidence> evidence) {
        public Answer {
            requireNonNull(response, "response is null");
            evidence = List.copyOf(evidence);
        }
    }

    private final EvidenceIndex index;
    private final String cluster;
    private final Clock clock;

    public ProviderService(EvidenceIndex index, String cluster, Clock clock) {
        this.index = requireNonNull(index, "index is null");
        this.cluster = requireNonNull(cluster, "cluster is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public Answer answer(JsonNode request) throws MalformedInputException {
        List<String> keys = keys(request);
        ObjectNode response = response(request.path("apiVersion").asText());
        ArrayNode items = ((ObjectNode) response.get("response")).putArray("items");
        List<Evidence> evidence = new ArrayList<>(keys.size());
        String time = Times.format(clock.instant());
        for (String key : keys) {
            Verdict verdict = verdict(key);
            ObjectNode item = items.addObject();
            item.put("key", key);
            item.set("value", verdict.value());
            evidence.add(new Evidence("provider:" + UUID.randomUUID(), verdict.record(cluster, time)));
        }
        return new Answer(response, evidence);
    }

    /** A response that carries only a system error (Gatekeeper then fails the policy closed). */
    public static ObjectNode systemError(String apiVersion, String message) {
        ObjectNode response = response(apiVersion);
        ((ObjectNode) response.get("response")).put("systemError", message);
        return response;
    }

    private Verdict verdict(String key) {
        ImageReference reference = ImageReference.parse(key);
        if (reference.digest().isEmpty()) {
            return new Verdict(reference, Optional.empty(), Optional.empty(),
                    "image is not pinned by digest; admission needs image@sha256:<digest>");
        }
        String digest = reference.digest().get();
        Optional<String> signature = index.signature(digest);
        Optional<String> sbom = index.sbom(digest);
        String reason = signature.isEmpty() && sbom.isEmpty() ? "no verified pipeline signature and no SBOM in the evidence store"
                : signature.isEmpty() ? "no signature verified under the pipeline key in the evidence store"
                : sbom.isEmpty() ? "no SBOM in the evidence store" : "";
        return new Verdict(reference, signature, sbom, reason);
    }

    private static List<String> keys(JsonNode request) throws MalformedInputException {
        if (!API_VERSIONS.contains(request.path("apiVersion").asText(""))) {
            throw new MalformedInputException("apiVersion must be one of " + API_VERSIONS);
        }
        if (!request.path("kind").asText("").equals("ProviderRequest")) {
            throw new MalformedInputException("kind must be ProviderRequest");
        }
        JsonNode keys = request.path("request").path("keys");
        if (!keys.isArray() || keys.size() > MAX_KEYS) {
            throw new MalformedInputException("request.keys must be an array of at most " + MAX_KEYS + " strings");
        }
        List<String> result = new ArrayList<>(keys.size());
        for (JsonNode key : keys) {
            if (!key.isTextual() || key.textValue().isEmpty() || key.textValue().length() > 4096) {
                throw new MalformedInputException("request.keys must hold image references (1-4096 characters)");
            }
            result.add(key.textValue());
        }
        return result;
    }

    private static ObjectNode response(String apiVersion) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("apiVersion", API_VERSIONS.contains(apiVersion) ? apiVersion : "externaldata.gatekeeper.sh/v1beta1");
        response.put("kind", "ProviderResponse");
        response.putObject("response");
        return response;
    }
}
