package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import dev.evidex.app.store.EvidenceStore;
import dev.evidex.app.store.StoreKind;
import dev.evidex.querypack.duckdb.DuckDbEngine;
import dev.evidex.querypack.duckdb.IndexProgress;
import dev.evidex.querypack.duckdb.LocalIndex;
import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.engine.QueryEngine;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.verification.merkle.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Opens the query pack on a local store with DuckDB. The local index lives in the app's own index
 * folder, never inside the store (the app does not write into stores); it is brought up to date on
 * every open, reading only batch objects it has not indexed yet.
 */
public final class PackQueryServices implements QueryServices {
    private final Path indexDirectory;
    private final Clock clock;

    public PackQueryServices(Path indexDirectory, Clock clock) {
        this.indexDirectory = requireNonNull(indexDirectory, "indexDirectory is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public QueryService open(EvidenceStore store, IndexProgress progress, Cancellation cancellation)
            throws SQLException, IOException {
        if (store.kind() == StoreKind.AWS) {
            return QueryService.unavailable(Messages.get("query.signInForAthena"));
        }
        return new PackQueryService(new PackQueries(QueryPack.builtIn(),
                localEngine(store.root(), progress, cancellation), clock));
    }

    /** The index file of a store: one per store folder, named by a hash of its absolute path. */
    public Path indexFile(Path storeRoot) {
        String key = Hashes.hex(Hashes.sha256(storeRoot.toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        return indexDirectory.resolve(key + ".duckdb");
    }

    private QueryEngine localEngine(Path root, IndexProgress progress, Cancellation cancellation)
            throws SQLException, IOException {
        LocalIndex index = LocalIndex.open(root, indexFile(root));
        try {
            index.update(progress, cancellation);
            return DuckDbEngine.overIndex(index);
        } catch (SQLException | IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }
}
