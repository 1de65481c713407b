package dev.evidex.collector.gate;

import dev.evidex.collector.scan.Finding;
import dev.evidex.collector.scan.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Applies a severity threshold, waivers and earlier runs' findings to a report's findings. */
public final class Gate {
    private Gate() {}

    public static GateResult evaluate(List<Finding> findings, Optional<Severity> threshold, List<Waiver> waivers,
            Set<String> knownFingerprints, Instant now) {
        Map<String, Waiver> active = new HashMap<>();
        List<Waiver> expired = new ArrayList<>();
        for (Waiver waiver : waivers) {
            if (waiver.activeAt(now)) {
                active.merge(waiver.fingerprint(), waiver, (first, second) -> first.expires().isAfter(second.expires()) ? first : second);
            } else {
                expired.add(waiver);
            }
        }
        List<GatedFinding> gated = new ArrayList<>();
        for (Finding finding : findings) {
            Optional<Waiver> waiver = Optional.ofNullable(active.get(finding.fingerprint()));
            boolean atOrAbove = threshold.map(finding.severity()::atLeast).orElse(false);
            gated.add(new GatedFinding(finding, knownFingerprints.contains(finding.fingerprint()), waiver,
                    atOrAbove && waiver.isEmpty()));
        }
        return new GateResult(threshold, gated, expired);
    }
}
