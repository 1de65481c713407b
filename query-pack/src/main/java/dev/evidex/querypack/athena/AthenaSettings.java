package dev.evidex.querypack.athena;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * Where and how pack queries run on Athena. The output location may be empty when the workgroup
 * enforces its own; polling backs off from {@code firstPoll} to {@code maxPoll}.
 */
public record AthenaSettings(
        Optional<String> workgroup,
        String catalog,
        String database,
        Optional<String> outputLocation,
        Duration firstPoll,
        Duration maxPoll,
        int pageSize) {

    public AthenaSettings {
        requireNonNull(workgroup, "workgroup is null");
        requireNonNull(catalog, "catalog is null");
        requireNonNull(database, "database is null");
        requireNonNull(outputLocation, "outputLocation is null");
        requireNonNull(firstPoll, "firstPoll is null");
        requireNonNull(maxPoll, "maxPoll is null");
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("Athena returns 1 to 1000 rows per page, not " + pageSize);
        }
    }

    public static AthenaSettings of(Optional<String> workgroup, String database, Optional<String> outputLocation) {
        return new AthenaSettings(workgroup, "AwsDataCatalog", database, outputLocation,
                Duration.ofMillis(200), Duration.ofSeconds(3), 1000);
    }

    public AthenaSettings withCatalog(String name) {
        return new AthenaSettings(workgroup, name, database, outputLocation, firstPoll, maxPoll, pageSize);
    }

    public AthenaSettings withPolling(Duration first, Duration max) {
        return new AthenaSettings(workgroup, catalog, database, outputLocation, first, max, pageSize);
    }

    public AthenaSettings withPageSize(int size) {
        return new AthenaSettings(workgroup, catalog, database, outputLocation, firstPoll, maxPoll, size);
    }
}
