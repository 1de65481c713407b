package dev.evidex.querypack.pack;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** The versioned set of pre-built audit queries shipped with Evidex. */
public record QueryPack(String name, String version, List<QueryDefinition> queries) {
    public QueryPack {
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        queries = List.copyOf(queries);
    }

    /** The pack on the class path, loaded and validated once. */
    public static QueryPack builtIn() {
        return Holder.PACK;
    }

    public Optional<QueryDefinition> find(String id) {
        return queries.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    private static final class Holder {
        private static final QueryPack PACK = new QueryPackLoader().load();
    }
}
