package dev.evidex.app.cli;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code s3://bucket/prefix} as given on the command line; the prefix may be empty (the bucket root). */
record S3Location(String bucket, String prefix) {
    private static final Pattern URI = Pattern.compile("s3://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:/(.*))?");

    S3Location {
        requireNonNull(bucket, "bucket is null");
        requireNonNull(prefix, "prefix is null");
    }

    /** @throws IllegalArgumentException with what is wrong, for the usage error */
    static S3Location parse(String text) {
        Matcher matcher = URI.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("--s3 must be s3://BUCKET/PREFIX with a valid bucket name "
                    + "(3 to 63 lower-case letters, digits, dots, hyphens), not '" + text + "'");
        }
        String prefix = matcher.group(2) == null ? "" : matcher.group(2);
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (prefix.startsWith("/") || prefix.contains("//")) {
            throw new IllegalArgumentException("--s3 prefix '" + prefix + "' has an empty path segment");
        }
        return new S3Location(matcher.group(1), prefix);
    }
}
