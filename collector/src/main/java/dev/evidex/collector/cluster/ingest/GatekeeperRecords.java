package dev.evidex.collector.cluster.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Evidence records from Gatekeeper log entries. A deny-log {@code violation} is an admission
 * decision (stream {@code admission}); an audit {@code violation_audited} is a finding about an
 * object already in the cluster (stream {@code policy-audit}), not an admission.
 */
final class GatekeeperRecords {
    private static final String DENIED_PREFIX = "denied admission: ";

    private final String cluster;
    private final ConstraintKinds constraintKinds;
    private final Clock clock;

    GatekeeperRecords(String cluster, ConstraintKinds constraintKinds, Clock clock) {
        this.cluster = cluster;
        this.constraintKinds = constraintKinds;
        this.clock = clock;
    }

    /** The record of one log entry, or empty for entries that are not violations. */
    Optional<ObjectNode> of(ObjectNode entry, int position) throws MalformedInputException {
        if (entry.has("event_type")) {
            return switch (entry.path("event_type").asText()) {
                case "violation" -> Optional.of(logViolation(entry, position));
                case "violation_audited" -> Optional.of(logAudited(entry, position));
                default -> Optional.empty();
            };
        }
        if (entry.has("eventType")) {
            return switch (entry.path("eventType").asText()) {
                case "violation", "violation_audited" -> Optional.of(exported(entry));
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private ObjectNode logViolation(ObjectNode entry, int position) throws MalformedInputException {
        String action = entry.path("constraint_action").asText("deny");
        ObjectNode record = base("admission", epochTime(entry, position));
        text(entry, "resource_namespace").ifPresent(namespace -> record.put("namespace", namespace));
        text(entry, "request_username").ifPresent(user -> record.put("user", user));
        // dryrun and warn violations are logged but the request was admitted.
        record.put("decision", action.equals("deny") ? "denied" : "allowed");
        String message = entry.path("msg").asText("");
        record.put("reason", message.startsWith(DENIED_PREFIX) ? message.substring(DENIED_PREFIX.length()) : message);
        constraint(record, entry.path("constraint_kind").asText(""), entry.path("constraint_name").asText(""));
        record.put("resource", resource(entry.path("resource_kind").asText(""), entry.path("resource_name").asText("")));
        ObjectNode detail = detail(record, "gatekeeper-log", action);
        copy(entry, detail, "process", "hook_type", "hookType", "constraint_group", "constraint_api_version",
                "resource_group", "resource_api_version", "resource_kind", "resource_name", "request_username");
        copyObject(entry, detail, "details", "violation_metadata");
        return record;
    }

    private ObjectNode logAudited(ObjectNode entry, int position) throws MalformedInputException {
        ObjectNode record = base("policy-audit", epochTime(entry, position));
        text(entry, "resource_namespace").ifPresent(namespace -> record.put("namespace", namespace));
        record.put("reason", entry.path("msg").asText(""));
        constraint(record, entry.path("constraint_kind").asText(""), entry.path("constraint_name").asText(""));
        record.put("resource", resource(entry.path("resource_kind").asText(""), entry.path("resource_name").asText("")));
        ObjectNode detail = detail(record, "gatekeeper-audit", entry.path("constraint_action").asText(""));
        text(entry, "audit_id").ifPresent(run -> detail.put("audit_run", run));
        copy(entry, detail, "constraint_group", "constraint_api_version", "constraint_namespace", "resource_group",
                "resource_api_version", "resource_kind", "resource_name");
        copyObject(entry, detail, "resource_labels", "constraint_annotations", "details", "violation_metadata");
        return record;
    }

    private ObjectNode exported(ObjectNode entry) {
        boolean admission = entry.path("eventType").asText().equals("violation");
        String run = entry.path("id").asText("");
        Instant time = Times.parse(run).orElseGet(clock::instant);
        ObjectNode record = base(admission ? "admission" : "policy-audit", time);
        text(entry, "resourceNamespace").ifPresent(namespace -> record.put("namespace", namespace));
        String action = entry.path("enforcementAction").asText("");
        if (admission) {
            record.put("decision", action.equals("deny") ? "denied" : "allowed");
        }
        record.put("reason", entry.path("message").asText(""));
        constraint(record, entry.path("kind").asText(""), entry.path("name").asText(""));
        record.put("resource", resource(entry.path("resourceKind").asText(""), entry.path("resourceName").asText("")));
        ObjectNode detail = detail(record, "gatekeeper-export", action);
        if (!run.isEmpty()) {
            detail.put("audit_run", run);
        }
        copy(entry, detail, "group", "version", "resourceGroup", "resourceAPIVersion", "resourceKind", "resourceName");
        copyObject(entry, detail, "resourceLabels", "details");
        return record;
    }

    private ObjectNode base(String stream, Instant time) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("stream", stream);
        record.put("time", Times.format(time));
        record.put("source_kind", "cluster");
        record.put("cluster", cluster);
        return record;
    }

    private void constraint(ObjectNode record, String kind, String name) {
        if (!kind.isEmpty()) {
            record.put("constraint_kind", kind);
        }
        if (!name.isEmpty()) {
            record.put("constraint_name", name);
        }
        constraintKinds.learn(name, kind);
    }

    private static String resource(String kind, String name) {
        return ResourceNames.of(ResourceNames.plural(kind), name);
    }

    private static ObjectNode detail(ObjectNode record, String source, String action) {
        ObjectNode detail = record.putObject("detail");
        detail.put("source", source);
        if (!action.isEmpty()) {
            detail.put("enforcement_action", action);
        }
        return detail;
    }

    private static Instant epochTime(ObjectNode entry, int position) throws MalformedInputException {
        JsonNode ts = entry.path("ts");
        if (!ts.isNumber()) {
            throw new MalformedInputException("entry " + position + ": ts must be epoch seconds");
        }
        return Times.fromEpochSeconds(ts.decimalValue());
    }

    private static void copy(ObjectNode from, ObjectNode to, String... fields) {
        for (String field : fields) {
            JsonNode value = from.get(field);
            if (value != null && value.isValueNode() && !value.isNull()) {
                to.set(snake(field), value.deepCopy());
            }
        }
    }

    private static void copyObject(ObjectNode from, ObjectNode to, String... fields) {
        for (String field : fields) {
            JsonNode value = from.get(field);
            if (value != null && (value.isObject() || value.isArray())) {
                to.set(snake(field), value.deepCopy());
            }
        }
    }

    /** Detail keys in snake_case whichever format the entry came in. */
    private static String snake(String field) {
        return field.replace("API", "Api").replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.textValue().isEmpty() ? Optional.of(value.textValue()) : Optional.empty();
    }
}
