package dev.evidex.verification.packet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code controls.json}: from each requirement (HITRUST CSF control reference, HIPAA Security
 * Rule citation) to the queries that produce evidence for it and the packet files holding that
 * evidence, so an assessor can go from a requirement to its evidence.
 */
public final class ControlsIndex {
    public static final String HITRUST = "hitrust-csf";
    public static final String HIPAA = "hipaa-security-rule";

    private ControlsIndex() {}

    /** One requirement and where its evidence is. */
    public record Requirement(String framework, String citation, List<String> queries, List<String> files) {
        public Requirement {
            queries = List.copyOf(queries);
            files = List.copyOf(files);
        }
    }

    /** A query's requirements and files, as the index is built from. */
    public record QueryControls(String queryId, List<String> hitrust, List<String> hipaa, List<String> files) {}

    public static List<Requirement> requirements(List<QueryControls> queries) {
        Map<String, Set<String>> queryIds = new TreeMap<>();
        Map<String, Set<String>> files = new TreeMap<>();
        for (QueryControls query : queries) {
            List<String> keys = new ArrayList<>();
            query.hitrust().forEach(citation -> keys.add(HITRUST + "\u0000" + citation));
            query.hipaa().forEach(citation -> keys.add(HIPAA + "\u0000" + citation));
            for (String key : keys) {
                queryIds.computeIfAbsent(key, k -> new TreeSet<>()).add(query.queryId());
                files.computeIfAbsent(key, k -> new TreeSet<>()).addAll(query.files());
            }
        }
        List<Requirement> requirements = new ArrayList<>();
        queryIds.forEach((key, ids) -> {
            String[] parts = key.split("\u0000", 2);
            requirements.add(new Requirement(parts[0], parts[1], List.copyOf(ids), List.copyOf(files.get(key))));
        });
        return requirements;
    }

    /** Declared requirements no query covers: matched by prefix, so {@code 10.h} matches {@code 10.h Control of ...}. */
    public static List<String> notCovered(List<String> declared, List<Requirement> requirements) {
        return declared.stream().filter(reference -> requirements.stream()
                .noneMatch(requirement -> requirement.citation().equals(reference)
                        || requirement.citation().startsWith(reference + " "))).toList();
    }

    public static byte[] toCanonicalJson(List<Requirement> requirements, List<String> declared, List<String> notCovered) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("schema_version", 1);
        declared.forEach(root.putArray("declared")::add);
        notCovered.forEach(root.putArray("not_covered")::add);
        ArrayNode array = root.putArray("requirements");
        for (Requirement requirement : requirements) {
            ObjectNode node = array.addObject();
            node.put("framework", requirement.framework());
            node.put("citation", requirement.citation());
            requirement.queries().forEach(node.putArray("queries")::add);
            requirement.files().forEach(node.putArray("files")::add);
        }
        return CanonicalJson.bytes(root);
    }
}
