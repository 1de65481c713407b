package dev.evidex.collector.gate;

import static java.util.Objects.requireNonNull;

import dev.evidex.collector.scan.Finding;
import java.util.Optional;

/** A finding with the gate's view of it. */
public record GatedFinding(Finding finding, boolean known, Optional<Waiver> waiver, boolean blocking) {
    public GatedFinding {
        requireNonNull(finding, "finding is null");
        requireNonNull(waiver, "waiver is null");
    }

    public String novelty() {
        return known ? "known" : "new";
    }
}
