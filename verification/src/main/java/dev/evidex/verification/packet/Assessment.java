package dev.evidex.verification.packet;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/** The assessment a packet is evidence for: who, which HITRUST assessment, what is in scope, which period. */
public record Assessment(String organisation, AssessmentType type, List<String> scope, LocalDate periodFrom,
        LocalDate periodTo) {

    public Assessment {
        requireNonNull(organisation, "organisation is null");
        requireNonNull(type, "type is null");
        scope = List.copyOf(requireNonNull(scope, "scope is null"));
        requireNonNull(periodFrom, "periodFrom is null");
        requireNonNull(periodTo, "periodTo is null");
        if (organisation.isBlank()) {
            throw new IllegalArgumentException("organisation is blank");
        }
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("period ends (" + periodTo + ") before it starts (" + periodFrom + ")");
        }
    }
}
