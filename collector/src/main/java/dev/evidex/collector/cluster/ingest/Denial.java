package dev.evidex.collector.cluster.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who denied a request, read from the API server's failure message. Webhook denials read
 * {@code admission webhook "NAME" denied the request: MESSAGE}; Gatekeeper prefixes each
 * violation with {@code [constraint-name]}.
 */
public record Denial(String deniedBy, Optional<String> webhook, Optional<String> constraintName, String message) {
    private static final Pattern WEBHOOK = Pattern.compile(
            "admission webhook \"([^\"]+)\" denied the request:\\s*(.*)", Pattern.DOTALL);
    private static final Pattern CONSTRAINT = Pattern.compile("^\\[([^\\]]+)\\]\\s*(.*)", Pattern.DOTALL);
    private static final Pattern POLICY = Pattern.compile("ValidatingAdmissionPolicy '([^']+)'");

    public Denial {
        requireNonNull(deniedBy, "deniedBy is null");
        requireNonNull(webhook, "webhook is null");
        requireNonNull(constraintName, "constraintName is null");
        requireNonNull(message, "message is null");
    }

    public static Denial parse(String message, boolean authorizationForbade) {
        Matcher webhook = WEBHOOK.matcher(message);
        if (webhook.find()) {
            Matcher constraint = CONSTRAINT.matcher(webhook.group(2));
            Optional<String> constraintName = constraint.find() ? Optional.of(constraint.group(1)) : Optional.empty();
            return new Denial("admission-webhook", Optional.of(webhook.group(1)), constraintName, message);
        }
        Matcher policy = POLICY.matcher(message);
        if (policy.find()) {
            return new Denial("validating-admission-policy", Optional.empty(), Optional.of(policy.group(1)), message);
        }
        return new Denial(authorizationForbade ? "authorization" : "api-server", Optional.empty(), Optional.empty(), message);
    }
}
