package dev.evidex.collector.gate;

import static java.util.Objects.requireNonNull;

import dev.evidex.collector.scan.Severity;
import java.util.List;
import java.util.Optional;

/** The gate's decision over one report. Without a threshold nothing blocks. */
public record GateResult(Optional<Severity> threshold, List<GatedFinding> findings, List<Waiver> expiredWaivers) {
    public GateResult {
        requireNonNull(threshold, "threshold is null");
        findings = List.copyOf(requireNonNull(findings, "findings is null"));
        expiredWaivers = List.copyOf(requireNonNull(expiredWaivers, "expiredWaivers is null"));
    }

    public List<GatedFinding> blocking() {
        return findings.stream().filter(GatedFinding::blocking).toList();
    }

    public boolean passed() {
        return blocking().isEmpty();
    }

    public long newCount() {
        return findings.stream().filter(finding -> !finding.known()).count();
    }

    public String reason() {
        if (threshold.isEmpty()) {
            return "no threshold";
        }
        long waived = findings.stream().filter(finding -> finding.waiver().isPresent()).count();
        return blocking().size() + " finding(s) at or above " + threshold.get() + " not waived"
                + (waived > 0 ? "; " + waived + " waived" : "");
    }
}
