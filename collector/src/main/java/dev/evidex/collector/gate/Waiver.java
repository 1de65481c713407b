package dev.evidex.collector.gate;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** An approved exception for one finding fingerprint, until it expires. */
public record Waiver(String fingerprint, String justification, String approver, Instant expires) {
    public Waiver {
        requireNonNull(fingerprint, "fingerprint is null");
        requireNonNull(justification, "justification is null");
        requireNonNull(approver, "approver is null");
        requireNonNull(expires, "expires is null");
    }

    /** Expired waivers stop applying at their expiry instant. */
    public boolean activeAt(Instant time) {
        return time.isBefore(expires);
    }
}
