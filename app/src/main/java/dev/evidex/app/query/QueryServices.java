package dev.evidex.app.query;

import dev.evidex.app.common.Messages;
import dev.evidex.app.store.EvidenceStore;

/** Opens the query service of a store (may build a local index: blocking). */
@FunctionalInterface
public interface QueryServices {
    QueryService open(EvidenceStore store) throws Exception;

    /** For builds without the query pack: an empty pack that says why. */
    static QueryServices unavailable() {
        return store -> QueryService.unavailable(Messages.get("query.noEngine"));
    }
}
