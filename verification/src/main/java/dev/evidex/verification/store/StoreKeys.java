package dev.evidex.verification.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Object keys of the store layout (evidence format section 1), the same locally and on S3. */
public final class StoreKeys {
    public static final String RECORDS = "records/";
    public static final String SEALS = "seals/";
    public static final String ARTIFACTS = "artifacts/sha256/";
    public static final String KEYS = "keys/";

    private static final Pattern LOG_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern SEAL_FILE = Pattern.compile("([0-9]{12})\\.json");
    private static final Pattern BATCH_OBJECT = Pattern.compile(
            "records/dt=([0-9]{4}-[0-9]{2}-[0-9]{2})/([a-z0-9][a-z0-9._-]{0,63})-([0-9]{12})\\.jsonl");
    private static final Pattern ARTIFACT = Pattern.compile("artifacts/sha256/([0-9a-f]{64})");

    private StoreKeys() {}

    public static boolean isValidLogName(String log) {
        return LOG_NAME.matcher(log).matches();
    }

    public static String requireLogName(String log) {
        if (!isValidLogName(log)) {
            throw new IllegalArgumentException("log name '" + log
                    + "' must be 1-64 characters of a-z, 0-9, '.', '_', '-', starting with a letter or digit");
        }
        return log;
    }

    public static String sealPrefix(String log) {
        return SEALS + log + "/";
    }

    public static String seal(String log, long batch) {
        return sealPrefix(log) + String.format("%012d", batch) + ".json";
    }

    /** The batch number of a seal file name, if it is one. */
    public static OptionalLong sealBatch(String fileName) {
        Matcher matcher = SEAL_FILE.matcher(fileName);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    public static String batchObject(String log, long batch, Instant sealTime) {
        return RECORDS + "dt=" + sealTime.atZone(ZoneOffset.UTC).toLocalDate() + "/" + log + "-"
                + String.format("%012d", batch) + ".jsonl";
    }

    public static boolean isBatchObject(String key) {
        return BATCH_OBJECT.matcher(key).matches();
    }

    public static String artifact(String hex) {
        return ARTIFACTS + hex;
    }

    /** The hex digest an artifact key names, if the key is a well-formed artifact key. */
    public static Optional<String> artifactDigest(String key) {
        Matcher matcher = ARTIFACT.matcher(key);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static String key(String keyIdHex) {
        return KEYS + keyIdHex + ".json";
    }
}
