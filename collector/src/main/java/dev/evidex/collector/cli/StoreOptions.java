package dev.evidex.collector.cli;

import dev.evidex.collector.aws.AwsSettings;
import dev.evidex.collector.ci.CiContext;
import dev.evidex.collector.input.InputException;
import dev.evidex.collector.s3.Retention;
import dev.evidex.collector.s3.S3Clients;
import dev.evidex.collector.s3.S3Location;
import dev.evidex.collector.s3.S3ObjectStore;
import dev.evidex.verification.store.LocalStore;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where evidence goes and how it is sealed: store, log, signing key, spool, retention. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR|s3://BUCKET/PREFIX", defaultValue = "${env:EVIDEX_STORE:-evidex-store}",
            description = "Local store directory or S3 prefix (default: $EVIDEX_STORE or ${DEFAULT-VALUE}).")
    String store;

    @Option(names = "--log", paramLabel = "NAME",
            description = "Log to append to (default: the repository, e.g. acme.payments for acme/payments).")
    String log;

    @Option(names = "--signing-key", paramLabel = "KEY", defaultValue = "${env:EVIDEX_SIGNING_KEY}",
            description = "file:KEY.pem or awskms:///alias/NAME (default: $EVIDEX_SIGNING_KEY).")
    String signingKey;

    @Option(names = "--spool", paramLabel = "DIR", defaultValue = "${env:EVIDEX_SPOOL}",
            description = "Local spool for evidence not yet sealed (default: $EVIDEX_SPOOL or ~/.evidex/spool).")
    Path spool;

    @Option(names = "--retention-years", paramLabel = "N", defaultValue = "7",
            description = "S3 Object Lock COMPLIANCE retention in years, at least 6 (default: ${DEFAULT-VALUE}).")
    int retentionYears;

    /** The store objects and the local staging directory for interrupted batches. */
    public record OpenedStore(ObjectStore objects, Path staging) {}

    public String signingKey() throws InputException {
        if (signingKey == null || signingKey.isBlank()) {
            throw new InputException("--signing-key is required (file:KEY.pem or awskms:///alias/NAME)");
        }
        return signingKey;
    }

    public Path spoolDirectory() {
        return spool != null ? spool : Path.of(System.getProperty("user.home"), ".evidex", "spool");
    }

    /** The log: given, or derived from the repository ({@code Acme/Payments} becomes {@code acme.payments}). */
    public String log(CiContext context) throws InputException {
        String name = Optional.ofNullable(log).or(() -> context.repository()
                .map(repository -> repository.toLowerCase(Locale.ROOT).replace('/', '.').replaceAll("[^a-z0-9._-]", "-")))
                .orElseThrow(() -> new InputException("--log is required outside GitHub Actions (or give --repository)"));
        if (!StoreKeys.isValidLogName(name)) {
            throw new InputException("--log '" + name + "': use 1-64 characters of a-z, 0-9, '.', '_', '-'");
        }
        return name;
    }

    /** Checks the options that do not touch the store (so bad usage writes nothing). */
    public void validate() throws InputException {
        try {
            new Retention(retentionYears);
        } catch (IllegalArgumentException e) {
            throw new InputException("--retention-years: " + e.getMessage());
        }
        if (S3Location.isS3(store) && S3Location.parse(store).isEmpty()) {
            throw new InputException("--store '" + store + "' is not a valid s3://BUCKET/PREFIX");
        }
    }

    public OpenedStore open(Map<String, String> environment, Clock clock) throws IOException {
        if (S3Location.isS3(store)) {
            S3Location location = S3Location.parse(store).orElseThrow();
            S3ObjectStore objects = new S3ObjectStore(S3Clients.create(new AwsSettings(environment), Optional.empty(), List.of()),
                    location, new Retention(retentionYears), clock);
            return new OpenedStore(objects, spoolDirectory().resolve("staging"));
        }
        LocalStore local = LocalStore.open(Path.of(store));
        return new OpenedStore(local.objects(), local.root().resolve(LocalStore.STAGING));
    }
}
