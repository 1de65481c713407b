package dev.evidex.collector.cluster.ingest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what the API server's audit webhook backend sends: an {@code audit.k8s.io/v1} (or
 * {@code v1beta1}) EventList, or a single Event. The whole body is checked before anything is
 * returned, so a malformed request records nothing.
 */
public final class AuditEventParser {
    private static final Set<String> API_VERSIONS = Set.of("audit.k8s.io/v1", "audit.k8s.io/v1beta1");
    /** Audit ids are UUIDs; anything printable and short is accepted as a deduplication key. */
    private static final Pattern AUDIT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final String cluster;
    private final AdmissionPolicy policy;
    private final ConstraintKinds constraintKinds;

    public AuditEventParser(String cluster, AdmissionPolicy policy, ConstraintKinds constraintKinds) {
        this.cluster = requireNonNull(cluster, "cluster is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.constraintKinds = requireNonNull(constraintKinds, "constraintKinds is null");
    }

    public Batch parse(byte[] body) throws MalformedInputException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new MalformedInputException("invalid JSON: " + Json.describe(e));
        }
        if (root == null || !root.isObject()) {
            throw new MalformedInputException("expected an audit.k8s.io EventList object");
        }
        String apiVersion = root.path("apiVersion").asText("");
        if (!API_VERSIONS.contains(apiVersion)) {
            throw new MalformedInputException("apiVersion '" + apiVersion + "' is not one of " + API_VERSIONS);
        }
        Batch.Builder batch = new Batch.Builder();
        List<JsonNode> events = events(root);
        for (int position = 0; position < events.size(); position++) {
            read(events.get(position), position, batch);
        }
        return batch.build();
    }

    private static List<JsonNode> events(JsonNode root) throws MalformedInputException {
        String kind = root.path("kind").asText("");
        if (kind.equals("Event")) {
            return List.of(root);
        }
        if (!kind.equals("EventList")) {
            throw new MalformedInputException("kind '" + kind + "' is neither EventList nor Event");
        }
        JsonNode items = root.path("items");
        if (items.isMissingNode() || items.isNull()) {
            return List.of();
        }
        if (!items.isArray()) {
            throw new MalformedInputException("items must be an array");
        }
        List<JsonNode> events = new java.util.ArrayList<>(items.size());
        items.forEach(events::add);
        return events;
    }

    private void read(JsonNode event, int position, Batch.Builder batch) throws MalformedInputException {
        if (!event.isObject()) {
            throw new MalformedInputException("items[" + position + "] is not an object");
        }
        String auditId = requiredText(event, "auditID", position);
        if (!AUDIT_ID.matcher(auditId).matches()) {
            throw new MalformedInputException("items[" + position + "].auditID is not a valid audit id");
        }
        String stage = requiredText(event, "stage", position);
        String verb = requiredText(event, "verb", position);
        Instant time = time(event, position);
        JsonNode objectRef = event.path("objectRef");
        Optional<String> resource = optionalText(objectRef, "resource");
        Optional<String> subresource = optionalText(objectRef, "subresource");
        Optional<String> dropReason = policy.dropReason(stage, verb, resource, subresource);
        if (dropReason.isPresent()) {
            batch.drop(dropReason.get());
            return;
        }
        batch.record(new Evidence("audit:" + auditId, record(event, auditId, stage, verb, time, resource.get())));
    }

    private ObjectNode record(JsonNode event, String auditId, String stage, String verb, Instant time, String resource) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("stream", "admission");
        record.put("time", Times.format(time));
        record.put("source_kind", "cluster");
        record.put("cluster", cluster);
        JsonNode objectRef = event.path("objectRef");
        optionalText(objectRef, "namespace").ifPresent(namespace -> record.put("namespace", namespace));
        optionalText(event.path("user"), "username").ifPresent(user -> record.put("user", user));
        ArrayNode images = PodImages.of(event.path("requestObject"));
        if (!images.isEmpty()) {
            record.put("image", images.get(0).path("image").asText());
            if (images.get(0).has("digest")) {
                record.put("digest", images.get(0).path("digest").asText());
            }
        }
        JsonNode status = event.path("responseStatus");
        int code = status.path("code").asInt(0);
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        // Panic and a missing code mean the API server did not complete the request: not admitted.
        boolean allowed = code >= 200 && code < 400 && !stage.equals("Panic");
        record.put("decision", allowed ? "allowed" : "denied");
        if (!allowed) {
            denial(event, status, record, detail);
        }
        record.put("audit_id", auditId);
        record.put("operation", operation(verb));
        record.put("resource", ResourceNames.of(resource, objectName(event).orElse(null)));
        if (code != 0) {
            record.put("response_code", code);
        }
        detail.put("source", "k8s-audit");
        detail.put("audit_api_version", event.path("apiVersion").asText(""));
        detail.put("stage", stage);
        detail.put("verb", verb);
        detail.set("groups", event.path("user").path("groups").isArray() ? event.path("user").path("groups").deepCopy()
                : JsonNodeFactory.instance.arrayNode());
        detail.set("images", images);
        optionalText(event, "userAgent").ifPresent(agent -> detail.put("user_agent", agent));
        optionalText(event, "requestURI").ifPresent(uri -> detail.put("request_uri", uri));
        optionalText(event.path("requestObject").path("metadata"), "generateName")
                .ifPresent(prefix -> detail.put("generate_name", prefix));
        record.set("detail", detail);
        return record;
    }

    private void denial(JsonNode event, JsonNode status, ObjectNode record, ObjectNode detail) {
        String message = status.path("message").asText(status.path("reason").asText("request was not completed"));
        boolean forbidden = event.path("annotations").path("authorization.k8s.io/decision").asText("").equals("forbid");
        Denial denial = Denial.parse(message, forbidden);
        record.put("reason", message);
        detail.put("denied_by", denial.deniedBy());
        denial.webhook().ifPresent(webhook -> detail.put("webhook", webhook));
        denial.constraintName().ifPresent(name -> {
            record.put("constraint_name", name);
            constraintKinds.kindOf(name).ifPresent(kind -> record.put("constraint_kind", kind));
        });
    }

    private static Optional<String> objectName(JsonNode event) {
        return optionalText(event.path("objectRef"), "name")
                .or(() -> optionalText(event.path("responseObject").path("metadata"), "name"))
                .or(() -> optionalText(event.path("requestObject").path("metadata"), "name"));
    }

    private static String operation(String verb) {
        return switch (verb) {
            case "create" -> "CREATE";
            case "update", "patch" -> "UPDATE";
            case "delete", "deletecollection" -> "DELETE";
            default -> verb.toUpperCase(Locale.ROOT);
        };
    }

    private static Instant time(JsonNode event, int position) throws MalformedInputException {
        for (String field : List.of("stageTimestamp", "timestamp", "requestReceivedTimestamp")) {
            Optional<String> text = optionalText(event, field);
            if (text.isPresent()) {
                return Times.parse(text.get()).orElseThrow(() -> new MalformedInputException(
                        "items[" + position + "]." + field + " '" + text.get() + "' is not an RFC 3339 time"));
            }
        }
        throw new MalformedInputException("items[" + position + "] has no stageTimestamp, timestamp or requestReceivedTimestamp");
    }

    private static String requiredText(JsonNode event, String field, int position) throws MalformedInputException {
        return optionalText(event, field).orElseThrow(() -> new MalformedInputException(
                "items[" + position + "]." + field + " is required and must be a string"));
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.textValue().isEmpty() ? Optional.of(value.textValue()) : Optional.empty();
    }
}
