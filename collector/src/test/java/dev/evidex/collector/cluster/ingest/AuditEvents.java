package dev.evidex.collector.cluster.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Audit events built in tests from the documented shape of {@code audit.k8s.io/v1}: no public
 * sample of a webhook denial exists as a data file, so denials are written here as the API
 * server sends them (403, {@code admission webhook "..." denied the request: [...] ...}).
 */
public final class AuditEvents {
    private AuditEvents() {}

    public static String eventList(List<String> events) {
        return "{\"kind\":\"EventList\",\"apiVersion\":\"audit.k8s.io/v1\",\"metadata\":{},\"items\":["
                + events.stream().collect(Collectors.joining(",")) + "]}";
    }

    public static String allowedPodCreate(String auditId, String image) {
        return event(auditId, "ResponseComplete", "create", "pods", "web-1", 201, "",
                "\"requestObject\":{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"web-1\"},"
                        + "\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"" + image + "\"}]}},");
    }

    public static String gatekeeperDenial(String auditId, String constraint, String message) {
        String status = "\"status\":\"Failure\",\"message\":\"admission webhook \\\"validation.gatekeeper.sh\\\" denied the request: ["
                + constraint + "] " + message + "\",\"reason\":\"Forbidden\",";
        return event(auditId, "ResponseComplete", "create", "deployments", "shop", 403, status,
                "\"requestObject\":{\"kind\":\"Deployment\",\"apiVersion\":\"apps/v1\",\"metadata\":{\"name\":\"shop\"},"
                        + "\"spec\":{\"template\":{\"spec\":{\"initContainers\":[{\"name\":\"init\",\"image\":\"busybox:1.36\"}],"
                        + "\"containers\":[{\"name\":\"shop\",\"image\":\"registry.example/shop:1.2@sha256:"
                        + "a".repeat(64) + "\"}]}}}},");
    }

    public static String event(String auditId, String stage, String verb, String resource, String name, int code,
            String status, String extra) {
        return "{\"level\":\"Request\",\"auditID\":\"" + auditId + "\",\"stage\":\"" + stage + "\","
                + "\"requestURI\":\"/apis/apps/v1/namespaces/shop/" + resource + "\",\"verb\":\"" + verb + "\","
                + "\"user\":{\"username\":\"alice@example.com\",\"groups\":[\"devs\",\"system:authenticated\"]},"
                + "\"sourceIPs\":[\"10.0.0.7\"],\"userAgent\":\"kubectl/v1.30.0\","
                + "\"objectRef\":{\"resource\":\"" + resource + "\",\"namespace\":\"shop\",\"name\":\"" + name + "\"},"
                + extra
                + "\"responseStatus\":{\"metadata\":{}," + status + "\"code\":" + code + "},"
                + "\"requestReceivedTimestamp\":\"2026-03-01T10:00:00.123456Z\",\"stageTimestamp\":\"2026-03-01T10:00:00.234567Z\"}";
    }
}
