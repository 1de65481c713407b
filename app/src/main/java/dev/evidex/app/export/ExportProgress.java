package dev.evidex.app.export;

/** Progress of an export, for a console line or the wizard's progress bar. */
@FunctionalInterface
public interface ExportProgress {
    /** {@code fraction} in [0, 1]; {@code step} says what is being done. */
    void update(String step, double fraction);

    ExportProgress NONE = (step, fraction) -> { };
}
