package dev.evidex.verification.cli;

/** Exit codes shared by every Evidex command line tool. */
public final class ExitCodes {
    /** Everything verified (or the command succeeded). */
    public static final int OK = 0;
    /** Verification or a gate failed. */
    public static final int FAILED = 1;
    /** Usage error or unreadable input: nothing was verified or written. */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
