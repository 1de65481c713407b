package dev.evidex.app.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where {@code evidex export} takes the evidence from: a local store (queried with DuckDB) or a
 * store under an S3 prefix (queried with Athena). Exactly one of {@code --store} and {@code --s3}.
 */
final class ExportStoreOptions {
    /** The two locations, mutually exclusive. */
    static final class Location {
        @Option(names = "--store", required = true, paramLabel = "DIR", description = "A local evidence store (queried with DuckDB).")
        Path store;

        @Option(names = "--s3", required = true, paramLabel = "s3://BUCKET/PREFIX",
                description = "An evidence store on S3 (queried with Athena; needs --trusted-keys). Each exported object's "
                        + "Object Lock mode and retain-until date are read at export time into retention.json.")
        String s3;
    }

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "%nEvidence store (exactly one):%n")
    Location location;

    @Option(names = "--region", paramLabel = "REGION", description = "With --s3: AWS region of the bucket and Athena (default: the AWS SDK's chain).")
    String region;

    @Option(names = "--workgroup", paramLabel = "NAME", description = "With --s3: Athena workgroup.")
    String workgroup;

    @Option(names = "--database", paramLabel = "NAME", description = "With --s3: Glue database of the evidence_records table (default: evidex).")
    String database;

    @Option(names = "--catalog", paramLabel = "NAME", description = "With --s3: data catalog (default: AwsDataCatalog).")
    String catalog;

    @Option(names = "--output-location", paramLabel = "S3_URI", description = "With --s3: s3:// location for Athena results (unless the workgroup enforces one).")
    String outputLocation;

    @Option(names = "--endpoint", paramLabel = "URL", description = "With --s3: Athena endpoint override (VPC endpoint).")
    URI athenaEndpoint;

    @Option(names = "--s3-endpoint", paramLabel = "URL", description = "With --s3: S3 endpoint override (VPC endpoint); path-style requests.")
    URI s3Endpoint;

    Optional<Path> store() {
        return Optional.ofNullable(location.store);
    }

    Optional<String> s3() {
        return Optional.ofNullable(location.s3);
    }

    /** The options that only make sense with {@code --s3}, by name, when given with {@code --store}. */
    Optional<String> s3OnlyGiven() {
        if (region != null) return Optional.of("--region");
        if (workgroup != null) return Optional.of("--workgroup");
        if (database != null) return Optional.of("--database");
        if (catalog != null) return Optional.of("--catalog");
        if (outputLocation != null) return Optional.of("--output-location");
        if (athenaEndpoint != null) return Optional.of("--endpoint");
        if (s3Endpoint != null) return Optional.of("--s3-endpoint");
        return Optional.empty();
    }
}
