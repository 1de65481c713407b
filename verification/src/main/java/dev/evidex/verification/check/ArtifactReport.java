package dev.evidex.verification.check;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The result of verifying one artifact: its checks in the order they ran and the facts read
 * from it. The same model is printed by the CLI and shown by the desktop app.
 *
 * @param artifact what was verified, in words (a file name or a digest)
 * @param kind the artifact kind: {@code cosign-simple-signing}, {@code dsse}, {@code sigstore-bundle}, {@code spdx}
 */
public record ArtifactReport(String artifact, String kind, List<Check> checks, List<Fact> facts) {
    public ArtifactReport {
        requireNonNull(artifact, "artifact is null");
        requireNonNull(kind, "kind is null");
        checks = List.copyOf(requireNonNull(checks, "checks is null"));
        facts = List.copyOf(requireNonNull(facts, "facts is null"));
    }

    /** Verified means: at least one check passed and none failed. An empty report never verifies. */
    public boolean verified() {
        return checks.stream().anyMatch(check -> check.status() == CheckStatus.PASSED)
                && checks.stream().noneMatch(Check::failed);
    }

    public List<Check> failedChecks() {
        return checks.stream().filter(Check::failed).toList();
    }

    public Optional<Check> check(String name) {
        return checks.stream().filter(check -> check.name().equals(name)).findFirst();
    }

    public Optional<String> fact(String name) {
        return facts.stream().filter(fact -> fact.name().equals(name)).map(Fact::value).findFirst();
    }
}
