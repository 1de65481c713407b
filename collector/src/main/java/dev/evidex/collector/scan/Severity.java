package dev.evidex.collector.scan;

import java.util.Locale;
import java.util.Optional;

/** Normalised severity (evidence format 2.2), ordered from lowest to highest. */
public enum Severity {
    UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL;

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    /** Parses a threshold given by a person: one of the five names, any case. */
    public static Optional<Severity> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Trivy severities are already the five names; anything else is UNKNOWN. */
    public static Severity fromTrivy(String text) {
        return parse(text == null ? "" : text).orElse(UNKNOWN);
    }

    /**
     * Semgrep's two vocabularies: legacy INFO/WARNING/ERROR (mapped as Semgrep's own docs map
     * them to LOW/MEDIUM/HIGH) and the newer LOW/MEDIUM/HIGH/CRITICAL.
     */
    public static Severity fromSemgrep(String text) {
        String upper = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "INFO", "INVENTORY", "EXPERIMENT" -> LOW;
            case "WARNING" -> MEDIUM;
            case "ERROR" -> HIGH;
            default -> parse(upper).orElse(UNKNOWN);
        };
    }

    /** SARIF {@code level}: error/warning/note/none. */
    public static Severity fromSarifLevel(String level) {
        return switch (level == null ? "warning" : level) {
            case "error" -> HIGH;
            case "warning" -> MEDIUM;
            case "note" -> LOW;
            default -> UNKNOWN;
        };
    }

    /** GitHub's {@code security-severity} CVSS score bands (0.1-3.9 low, ..., 9.0+ critical). */
    public static Optional<Severity> fromScore(String score) {
        try {
            double value = Double.parseDouble(score.trim());
            if (value >= 9.0) {
                return Optional.of(CRITICAL);
            }
            if (value >= 7.0) {
                return Optional.of(HIGH);
            }
            if (value >= 4.0) {
                return Optional.of(MEDIUM);
            }
            return Optional.of(value > 0 ? LOW : UNKNOWN);
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
