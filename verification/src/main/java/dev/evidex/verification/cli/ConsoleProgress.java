package dev.evidex.verification.cli;

import dev.evidex.verification.store.verify.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, drawn only when a person is watching (a console is
 * attached), at most a few times a second, so piped output and logs stay clean.
 */
public final class ConsoleProgress implements ProgressListener {
    private static final long INTERVAL_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private long lastDrawn;

    private ConsoleProgress(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /** A progress bar when standard error is a terminal, otherwise {@link ProgressListener#NONE}. */
    public static ProgressListener forConsole(PrintWriter err, String label) {
        return System.console() == null ? ProgressListener.NONE : new ConsoleProgress(err, label);
    }

    @Override
    public synchronized void progress(long doneBytes, long totalBytes) {
        long now = System.nanoTime();
        boolean finished = doneBytes >= totalBytes;
        if (!finished && now - lastDrawn < INTERVAL_NANOS) {
            return;
        }
        lastDrawn = now;
        double fraction = totalBytes == 0 ? 1 : Math.min(1, (double) doneBytes / totalBytes);
        int filled = (int) Math.round(fraction * WIDTH);
        err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3.0f%% %,d / %,d MB", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), fraction * 100, doneBytes >> 20, totalBytes >> 20));
        if (finished) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 40) + "\r");
        }
        err.flush();
    }
}
