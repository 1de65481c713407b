package dev.evidex.verification.packet.verify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the verifier checked and found, gathered as it goes. Not thread-safe. */
final class Findings {
    private final Map<PacketCheck, Long> checked = new EnumMap<>(PacketCheck.class);
    private final List<PacketFinding> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void checked(PacketCheck check) {
        checked.merge(check, 1L, Long::sum);
    }

    void checked(PacketCheck check, long count) {
        checked.merge(check, count, Long::sum);
    }

    void fail(PacketCheck check, String subject, String detail) {
        checked.putIfAbsent(check, 0L);
        failures.add(new PacketFinding(check, subject, detail));
    }

    /** Adds what another, independent part of the verification found (checked in parallel), after what is here. */
    void absorb(Findings other) {
        other.checked.forEach((check, count) -> checked.merge(check, count, Long::sum));
        failures.addAll(other.failures);
        notes.addAll(other.notes);
    }

    void note(String note) {
        notes.add(note);
    }

    Map<PacketCheck, Long> checked() {
        return checked;
    }

    List<PacketFinding> failures() {
        return failures;
    }

    List<String> notes() {
        return notes;
    }
}
