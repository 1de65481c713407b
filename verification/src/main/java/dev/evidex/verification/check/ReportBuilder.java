package dev.evidex.verification.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects checks and facts while a verifier runs; not thread-safe, one per verification. */
public final class ReportBuilder {
    private final String artifact;
    private final String kind;
    private final List<Check> checks = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();

    public ReportBuilder(String artifact, String kind) {
        this.artifact = artifact;
        this.kind = kind;
    }

    public ReportBuilder add(Check check) {
        checks.add(check);
        return this;
    }

    public ReportBuilder addAll(List<Check> more) {
        checks.addAll(more);
        return this;
    }

    public ReportBuilder passed(String name, String detail) {
        return add(Check.passed(name, detail));
    }

    public ReportBuilder failed(String name, String detail) {
        return add(Check.failed(name, detail));
    }

    public ReportBuilder notApplicable(String name, String detail) {
        return add(Check.notApplicable(name, detail));
    }

    public ReportBuilder fact(String name, String value) {
        facts.add(new Fact(name, value));
        return this;
    }

    public ReportBuilder fact(String name, Optional<String> value) {
        value.ifPresent(present -> fact(name, present));
        return this;
    }

    public boolean anyFailed() {
        return checks.stream().anyMatch(Check::failed);
    }

    public ArtifactReport build() {
        return new ArtifactReport(artifact, kind, checks, facts);
    }
}
