package dev.evidex.verification.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import java.util.List;

/** The per-check result model as JSON, for {@code --json} and for machines. */
public final class ReportJson {
    private ReportJson() {}

    public static String toJson(List<ArtifactReport> reports) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("verified", !reports.isEmpty() && reports.stream().allMatch(ArtifactReport::verified));
        ArrayNode artifacts = root.putArray("artifacts");
        reports.forEach(report -> artifacts.add(toNode(report)));
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }

    static ObjectNode toNode(ArtifactReport report) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("artifact", report.artifact());
        node.put("kind", report.kind());
        node.put("verified", report.verified());
        ArrayNode checks = node.putArray("checks");
        for (Check check : report.checks()) {
            ObjectNode checkNode = checks.addObject();
            checkNode.put("name", check.name());
            checkNode.put("status", check.status().name());
            checkNode.put("detail", check.detail());
            check.principal().ifPresent(principal -> checkNode.put("principal", principal));
        }
        ObjectNode facts = node.putObject("facts");
        report.facts().forEach(fact -> facts.put(fact.name(), fact.value()));
        return node;
    }
}
