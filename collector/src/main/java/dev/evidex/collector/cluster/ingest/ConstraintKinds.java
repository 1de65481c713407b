package dev.evidex.collector.cluster.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Constraint kinds by constraint name, learned from Gatekeeper's logs. The API server's denial
 * message names the constraint but not its kind; Gatekeeper's deny log names both.
 */
public final class ConstraintKinds {
    /** Bounded: a cluster has tens of constraints, so a full map means something is wrong. */
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, String> kinds = new ConcurrentHashMap<>();

    public void learn(String name, String kind) {
        if (!name.isEmpty() && !kind.isEmpty() && (kinds.size() < MAX_ENTRIES || kinds.containsKey(name))) {
            kinds.put(name, kind);
        }
    }

    public Optional<String> kindOf(String name) {
        return Optional.ofNullable(kinds.get(name));
    }
}
