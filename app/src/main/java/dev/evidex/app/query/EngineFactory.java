package dev.evidex.app.query;

import dev.evidex.querypack.athena.AthenaClients;
import dev.evidex.querypack.athena.AthenaEngine;
import dev.evidex.querypack.athena.AthenaSettings;
import dev.evidex.querypack.duckdb.DuckDbEngine;
import dev.evidex.querypack.duckdb.IndexProgress;
import dev.evidex.querypack.duckdb.IndexStep;
import dev.evidex.querypack.duckdb.IndexUpdate;
import dev.evidex.querypack.duckdb.LocalIndex;
import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.engine.QueryEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/** Opens the engine a command asked for. */
public final class EngineFactory {
    private EngineFactory() {}

    /** DuckDB over a local store: brings the index up to date first (only new batch objects are read). */
    public static QueryEngine local(Path store, Optional<Path> indexFile, boolean useIndex, PrintWriter progress)
            throws SQLException, IOException {
        if (!useIndex) {
            return DuckDbEngine.overFiles(store);
        }
        LocalIndex index = LocalIndex.open(store, indexFile.orElse(LocalIndex.defaultFile(store)));
        try {
            IndexUpdate update = index.update(new StepPrinter(progress), Cancellation.none());
            if (update.batchesAdded() > 0) {
                progress.printf(Locale.ROOT, "indexed %d new batch objects (%d records) in %d ms%n",
                        update.batchesAdded(), update.recordsAdded(), update.elapsed().toMillis());
                progress.flush();
            }
            return DuckDbEngine.overIndex(index);
        } catch (SQLException | IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Says on the progress stream when the update enters another step (a first index takes a while). */
    private static final class StepPrinter implements IndexProgress {
        private final PrintWriter out;
        private IndexStep last;

        StepPrinter(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void reached(IndexStep step, double fraction) {
            if (step != last) {
                last = step;
                out.println("indexing: " + switch (step) {
                    case READING -> "reading and hashing new batch objects";
                    case LOADING -> "loading records";
                    case DERIVING -> "deriving SBOM package tables";
                } + "…");
                out.flush();
            }
        }
    }

    /** Athena with the default AWS credential chain (environment, profile, SSO, instance role). */
    public static QueryEngine athena(AthenaSettings settings, Optional<String> region, Optional<URI> endpoint) {
        Region resolved = region.map(Region::of).orElseGet(() -> new DefaultAwsRegionProviderChain().getRegion());
        return new AthenaEngine(AthenaClients.create(resolved, DefaultCredentialsProvider.builder().build(), endpoint),
                settings);
    }
}
