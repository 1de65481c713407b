package dev.evidex.app.settings;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Per-store settings: where Athena runs and writes, where raw evidence is in S3, and which keys
 * the auditor trusts. Empty text means "not set".
 */
public record StoreSettings(String athenaWorkgroup, String athenaDatabase, String athenaOutputLocation,
        String region, String evidenceBucket, String evidencePrefix, String trustedKeysDirectory) {

    public static final StoreSettings EMPTY = new StoreSettings("", "", "", "", "", "", "");

    public StoreSettings {
        requireNonNull(athenaWorkgroup, "athenaWorkgroup is null");
        requireNonNull(athenaDatabase, "athenaDatabase is null");
        requireNonNull(athenaOutputLocation, "athenaOutputLocation is null");
        requireNonNull(region, "region is null");
        requireNonNull(evidenceBucket, "evidenceBucket is null");
        requireNonNull(evidencePrefix, "evidencePrefix is null");
        requireNonNull(trustedKeysDirectory, "trustedKeysDirectory is null");
    }

    /** The region these settings name, or the sign-in's when they name none. */
    public String regionOr(String signInRegion) {
        return region.isBlank() ? signInRegion : region;
    }

    public Optional<Path> trustedKeys() {
        return trustedKeysDirectory.isBlank() ? Optional.empty() : Optional.of(Path.of(trustedKeysDirectory));
    }

    public StoreSettings withTrustedKeysDirectory(String directory) {
        return new StoreSettings(athenaWorkgroup, athenaDatabase, athenaOutputLocation, region, evidenceBucket,
                evidencePrefix, directory);
    }
}
