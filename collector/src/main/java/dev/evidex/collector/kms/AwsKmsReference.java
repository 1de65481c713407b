package dev.evidex.collector.kms;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A Cosign-style KMS key reference: {@code awskms:///alias/NAME}, {@code awskms:///KEY-ID},
 * {@code awskms:///arn:aws:kms:...} or with an endpoint, {@code awskms://HOST:PORT/alias/NAME}.
 */
public record AwsKmsReference(Optional<String> endpoint, String keyId) {
    public static final String SCHEME = "awskms://";

    public AwsKmsReference {
        requireNonNull(endpoint, "endpoint is null");
        requireNonNull(keyId, "keyId is null");
    }

    public static boolean isKms(String reference) {
        return reference.startsWith(SCHEME);
    }

    public static AwsKmsReference parse(String reference) {
        if (!isKms(reference)) {
            throw new IllegalArgumentException("not an awskms:// reference: " + reference);
        }
        String rest = reference.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        if (slash < 0 || slash == rest.length() - 1) {
            throw new IllegalArgumentException(reference + ": expected awskms:///alias/NAME (or a key id or ARN)");
        }
        String host = rest.substring(0, slash);
        String key = rest.substring(slash + 1);
        if (key.startsWith("alias/") && key.length() == "alias/".length()) {
            throw new IllegalArgumentException(reference + ": the alias name is missing");
        }
        return new AwsKmsReference(host.isEmpty() ? Optional.empty() : Optional.of(host), key);
    }
}
