package dev.evidex.app.cli;

import dev.evidex.app.store.S3Evidence;
import dev.evidex.app.store.S3EvidenceObjects;
import dev.evidex.collector.s3.S3Location;
import dev.evidex.verification.cli.ConsoleProgress;
import dev.evidex.verification.cli.ExitCodes;
import dev.evidex.verification.cli.StoreCommand;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.store.StoreKeys;
import dev.evidex.verification.store.verify.StoreVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;

/** {@code evidex verify-store}: verifies a whole evidence store under an S3 prefix, reading only. */
@Command(name = "verify-store", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Verifies an evidence store under an S3 prefix as evidex-verify store verifies a folder: seal chain",
            "and signatures under trusted keys and their validity windows, batch digests, Merkle roots, record",
            "order, artifacts and unsealed objects. Every object is read (GetObject, HeadObject, ListObjectsV2",
            "only) with the AWS SDK's credentials: environment, profile, SSO or instance role."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:store verified", "1:verification failed (every failure is listed)",
            "2:usage or input error (bad location or keys, no store there, S3 unreadable)"})
public final class VerifyStoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--s3", required = true, paramLabel = "s3://BUCKET/PREFIX", description = "The store's bucket and prefix.")
    String s3;

    @Option(names = "--trusted-keys", required = true, paramLabel = "DIR_OR_FILE",
            description = "Trusted seal-signing keys from a source you control (never the bucket): key archive entries or PEM keys.")
    Path trustedKeys;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region of the bucket (default: the AWS SDK's chain).")
    String region;

    @Option(names = "--s3-endpoint", paramLabel = "URL", description = "S3 endpoint override (VPC endpoint); path-style requests.")
    URI s3Endpoint;

    @Option(names = "--deep", description = "Also check the canonical form of every record (slower).")
    boolean deep;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        S3Location location;
        TrustedKeys keys;
        String resolvedRegion;
        try {
            location = ExportStoreOptions.s3Location(s3);
            keys = TrustedKeys.load(trustedKeys);
            resolvedRegion = AwsRegions.resolve(region).id();
        } catch (IllegalArgumentException | KeyFormatException | IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (S3EvidenceObjects objects = new S3Evidence(Optional.ofNullable(s3Endpoint)).open(resolvedRegion,
                DefaultCredentialsProvider.builder().build(), location.bucket(), location.prefix())) {
            if (objects.list(StoreKeys.SEALS).isEmpty()) {
                err.println("error: " + s3 + " holds no seals/: not an evidence store, or not its prefix");
                return ExitCodes.USAGE;
            }
            StoreVerifier.Options options = new StoreVerifier.Options(keys, List.of(),
                    Runtime.getRuntime().availableProcessors(), deep, ConsoleProgress.forConsole(err, "verifying"), () -> false);
            return StoreCommand.verifyAndPrint(objects, options, json, out);
        } catch (IOException | SdkException e) {
            err.println("error: cannot read " + s3 + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
