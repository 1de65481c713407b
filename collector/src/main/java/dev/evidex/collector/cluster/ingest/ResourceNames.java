package dev.evidex.collector.cluster.ingest;

import java.util.Locale;

/** The {@code resource} column: the plural resource and, when known, the object name. */
public final class ResourceNames {
    private ResourceNames() {}

    public static String of(String pluralResource, String name) {
        return name == null || name.isEmpty() ? pluralResource : pluralResource + "/" + name;
    }

    /**
     * The plural resource of a kind, guessed the way Kubernetes does for kinds without a
     * registered mapping (Pod to pods, NetworkPolicy to networkpolicies, Ingress to ingresses).
     */
    public static String plural(String kind) {
        String lower = kind.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return lower;
        }
        if (lower.endsWith("s")) {
            return lower + "es";
        }
        if (lower.endsWith("y")) {
            return lower.substring(0, lower.length() - 1) + "ies";
        }
        return lower + "s";
    }
}
