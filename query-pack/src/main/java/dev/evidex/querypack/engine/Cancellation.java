package dev.evidex.querypack.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A cancel signal shared between a caller (a button, Ctrl-C) and a running execution. */
public final class Cancellation {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled = true;
        listeners.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} on cancel, or now if already cancelled. */
    public void onCancel(Runnable action) {
        listeners.add(action);
        if (cancelled) {
            action.run();
        }
    }
}
