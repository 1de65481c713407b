package dev.evidex.verification.packet.verify;

import static java.util.Objects.requireNonNull;

/** One failed check: which check, about what (an entry path, a record), and what differed. */
public record PacketFinding(PacketCheck check, String subject, String detail) {
    public PacketFinding {
        requireNonNull(check, "check is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(detail, "detail is null");
    }

    public String describe() {
        return "[" + check.label() + "] " + subject + ": " + detail;
    }
}
