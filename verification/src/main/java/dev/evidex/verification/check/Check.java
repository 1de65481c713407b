package dev.evidex.verification.check;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One named check of an artifact, as shown to a person in the CLI and the desktop app.
 *
 * @param name stable short name, for example {@code signature} or {@code manifest-digest}
 * @param status the outcome
 * @param detail what was compared, in words, including what differed when it failed
 * @param principal the key id or keyless identity the check relied on, when one was used
 */
public record Check(String name, CheckStatus status, String detail, Optional<String> principal) {
    public Check {
        requireNonNull(name, "name is null");
        requireNonNull(status, "status is null");
        requireNonNull(detail, "detail is null");
        requireNonNull(principal, "principal is null");
    }

    public static Check passed(String name, String detail) {
        return new Check(name, CheckStatus.PASSED, detail, Optional.empty());
    }

    public static Check failed(String name, String detail) {
        return new Check(name, CheckStatus.FAILED, detail, Optional.empty());
    }

    public static Check notApplicable(String name, String detail) {
        return new Check(name, CheckStatus.NOT_APPLICABLE, detail, Optional.empty());
    }

    /** This check with the key id or identity it relied on. */
    public Check by(String usedPrincipal) {
        return new Check(name, status, detail, Optional.of(usedPrincipal));
    }

    public boolean failed() {
        return status == CheckStatus.FAILED;
    }
}
