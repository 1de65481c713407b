package dev.evidex.collector.s3;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code s3://bucket/prefix}: where a store lives in S3. */
public record S3Location(String bucket, String prefix) {
    private static final Pattern URI = Pattern.compile("s3://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:/(.*))?");

    public S3Location {
        requireNonNull(bucket, "bucket is null");
        requireNonNull(prefix, "prefix is null");
    }

    public static boolean isS3(String location) {
        return location.startsWith("s3://");
    }

    public static Optional<S3Location> parse(String location) {
        Matcher matcher = URI.matcher(location);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String prefix = matcher.group(2) == null ? "" : matcher.group(2).replaceAll("^/+|/+$", "");
        return Optional.of(new S3Location(matcher.group(1), prefix));
    }

    /** The S3 key of a store key. */
    public String key(String storeKey) {
        return prefix.isEmpty() ? storeKey : prefix + "/" + storeKey;
    }

    /** The store key of an S3 key under this prefix. */
    public String storeKey(String s3Key) {
        return prefix.isEmpty() ? s3Key : s3Key.substring(prefix.length() + 1);
    }

    @Override
    public String toString() {
        return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
    }
}
