package dev.evidex.collector.cluster.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;

/**
 * Which audit events are admission evidence: requests that create or change pods and workload
 * controllers, at the stage that carries the decision. Everything else is dropped, with the
 * reason counted in the metrics.
 */
public record AdmissionPolicy(Set<String> resources, Set<String> verbs, Set<String> stages) {
    public static final Set<String> DEFAULT_RESOURCES = Set.of("pods", "deployments", "replicasets",
            "statefulsets", "daemonsets", "jobs", "cronjobs", "replicationcontrollers");
    public static final Set<String> DEFAULT_VERBS = Set.of("create", "update", "patch");
    /** ResponseComplete carries the response code; Panic is a request that crashed the handler. */
    public static final Set<String> DEFAULT_STAGES = Set.of("ResponseComplete", "Panic");

    public AdmissionPolicy {
        resources = Set.copyOf(requireNonNull(resources, "resources is null"));
        verbs = Set.copyOf(requireNonNull(verbs, "verbs is null"));
        stages = Set.copyOf(requireNonNull(stages, "stages is null"));
    }

    public static AdmissionPolicy defaults() {
        return new AdmissionPolicy(DEFAULT_RESOURCES, DEFAULT_VERBS, DEFAULT_STAGES);
    }

    /** Why an event is not admission evidence, or empty when it is. */
    public Optional<String> dropReason(String stage, String verb, Optional<String> resource, Optional<String> subresource) {
        if (resource.isEmpty()) {
            return Optional.of("non-resource");
        }
        if (!stages.contains(stage)) {
            return Optional.of("stage");
        }
        if (!verbs.contains(verb)) {
            return Optional.of("verb");
        }
        if (!resources.contains(resource.get())) {
            return Optional.of("resource");
        }
        if (subresource.isPresent()) {
            return Optional.of("subresource");
        }
        return Optional.empty();
    }
}
