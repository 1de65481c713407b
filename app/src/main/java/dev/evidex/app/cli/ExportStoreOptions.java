package dev.evidex.app.cli;

import dev.evidex.app.export.EvidenceSource;
import dev.evidex.app.export.ExportException;
import dev.evidex.app.export.PackQuerySource;
import dev.evidex.app.export.QuerySource;
import dev.evidex.app.export.QuerySourceFactory;
import dev.evidex.app.export.S3EvidenceSource;
import dev.evidex.app.query.EngineFactory;
import dev.evidex.app.query.PackQueries;
import dev.evidex.app.store.S3Evidence;
import dev.evidex.collector.s3.S3Location;
import dev.evidex.querypack.athena.AthenaSettings;
import dev.evidex.querypack.pack.QueryPack;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;

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

    /** The first option that only makes sense with {@code --s3}, by name, if one was given. */
    Optional<String> s3OnlyGiven() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("--region", region);
        options.put("--workgroup", workgroup);
        options.put("--database", database);
        options.put("--catalog", catalog);
        options.put("--output-location", outputLocation);
        options.put("--endpoint", athenaEndpoint);
        options.put("--s3-endpoint", s3Endpoint);
        return options.entrySet().stream().filter(option -> option.getValue() != null).map(Map.Entry::getKey).findFirst();
    }

    /**
     * {@code --s3} as a location; the prefix may be empty (the bucket root) but has no empty segment.
     *
     * @throws IllegalArgumentException with what is wrong, for the usage error
     */
    static S3Location s3Location(String text) {
        S3Location location = S3Location.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "--s3 must be s3://BUCKET/PREFIX with a valid bucket name "
                        + "(3 to 63 lower-case letters, digits, dots, hyphens), not '" + text + "'"));
        String path = text.substring(("s3://" + location.bucket()).length()).replaceAll("/+$", "");
        if (path.contains("//")) {
            throw new IllegalArgumentException("--s3 prefix '" + path.substring(1) + "' has an empty path segment");
        }
        return location;
    }

    /** The evidence to export from; the caller closes it. */
    EvidenceSource openEvidence() throws ExportException {
        if (store().isPresent()) {
            return EvidenceSource.local(store().get());
        }
        S3Location location = s3Location(s3().orElseThrow());
        S3Evidence s3 = new S3Evidence(Optional.ofNullable(s3Endpoint));
        try {
            return new S3EvidenceSource(s3.open(resolvedRegion().id(), DefaultCredentialsProvider.builder().build(), location.bucket(),
                    location.prefix()), Clock.systemUTC());
        } catch (SdkException e) {
            throw new ExportException("cannot open " + s3().get() + ": " + e.getMessage(), e);
        }
    }

    /** The queries' engine: {@code local} over a local store, Athena for an S3 store; the caller closes it. */
    QuerySource openQueries(QuerySourceFactory local) throws ExportException {
        if (store().isPresent()) {
            return local.open(store().get());
        }
        AthenaSettings settings = AthenaSettings.of(Optional.ofNullable(workgroup),
                database == null ? "evidex" : database, Optional.ofNullable(outputLocation));
        if (catalog != null) {
            settings = settings.withCatalog(catalog);
        }
        try {
            return new PackQuerySource(new PackQueries(QueryPack.builtIn(), EngineFactory.athena(settings, Optional.of(resolvedRegion().id()),
                    Optional.ofNullable(athenaEndpoint)), Clock.systemUTC()));
        } catch (SdkException e) {
            throw new ExportException("cannot open Athena: " + e.getMessage(), e);
        }
    }

    private Region resolvedRegion() throws ExportException {
        try {
            return AwsRegions.resolve(region);
        } catch (IllegalArgumentException e) {
            throw new ExportException(e.getMessage(), e.getCause());
        }
    }
}
