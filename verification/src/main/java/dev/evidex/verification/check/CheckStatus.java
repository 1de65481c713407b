package dev.evidex.verification.check;

/** Outcome of one check. */
public enum CheckStatus {
    /** The check ran on its input and the input satisfied it. */
    PASSED,
    /** The check ran and the input did not satisfy it, or a requested input was missing. */
    FAILED,
    /** The check does not apply to this artifact and was not requested. */
    NOT_APPLICABLE
}
