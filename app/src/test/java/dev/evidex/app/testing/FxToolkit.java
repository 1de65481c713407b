package dev.evidex.app.testing;

import java.util.concurrent.TimeoutException;

/**
 * Starts the JavaFX runtime (headless under Monocle) for view-model tests without windows, the
 * way TestFX does, so that the UI tests running later in the same JVM share it.
 */
public final class FxToolkit {
    private FxToolkit() {}

    public static synchronized void start() {
        try {
            org.testfx.api.FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX runtime did not start", e);
        }
    }
}
