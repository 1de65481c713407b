package dev.evidex.verification.packet;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** HITRUST assessment types: essentials (1 year), implemented (1 year), risk-based (2 years). */
public enum AssessmentType {
    E1, I1, R2;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AssessmentType> fromLabel(String label) {
        return Arrays.stream(values()).filter(type -> type.label().equalsIgnoreCase(label)).findFirst();
    }
}
