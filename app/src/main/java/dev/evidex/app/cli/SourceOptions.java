package dev.evidex.app.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a query runs: a local store (DuckDB, the default) or Athena. */
public final class SourceOptions {
    @Option(names = "--store", paramLabel = "DIR", description = "local evidence store (queried with DuckDB)")
    Path store;

    @Option(names = "--index", paramLabel = "FILE",
            description = "local index file (default: DIR/index/evidex-index.duckdb)")
    Path index;

    @Option(names = "--no-index", description = "read the batch objects directly, without the local index")
    boolean noIndex;

    @Option(names = "--athena", description = "run on Amazon Athena instead of a local store")
    boolean athena;

    @Option(names = "--workgroup", paramLabel = "NAME", description = "Athena workgroup")
    String workgroup;

    @Option(names = "--database", paramLabel = "NAME", defaultValue = "evidex",
            description = "Glue database of the evidence_records table (default: ${DEFAULT-VALUE})")
    String database;

    @Option(names = "--catalog", paramLabel = "NAME", defaultValue = "AwsDataCatalog",
            description = "data catalog (default: ${DEFAULT-VALUE})")
    String catalog;

    @Option(names = "--output-location", paramLabel = "S3_URI",
            description = "s3:// location for Athena results (unless the workgroup enforces one)")
    String outputLocation;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: the AWS SDK's chain)")
    String region;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Athena endpoint override (VPC endpoint)")
    URI endpoint;

    Optional<String> workgroup() {
        return Optional.ofNullable(workgroup);
    }

    Optional<String> outputLocation() {
        return Optional.ofNullable(outputLocation);
    }

    Optional<String> region() {
        return Optional.ofNullable(region);
    }

    Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    Optional<Path> index() {
        return Optional.ofNullable(index);
    }
}
