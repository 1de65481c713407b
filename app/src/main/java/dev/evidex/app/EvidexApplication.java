package dev.evidex.app;

import dev.evidex.app.common.BackgroundExecutor;
import dev.evidex.app.common.AppDirectories;
import dev.evidex.app.query.PackQueryServices;
import dev.evidex.app.store.CollectorDemoGenerator;
import java.time.Clock;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop app. {@code -Devidex.open=demo} (or a store folder, with
 * {@code -Devidex.trustedKeys=DIR}) opens a store at once instead of waiting on the start screen.
 */
public final class EvidexApplication extends Application {
    /** What to open at launch: {@code demo} or the path of a local store folder. */
    public static final String OPEN_PROPERTY = "evidex.open";

    /** Trusted keys (a directory or one key file) for the store given with {@link #OPEN_PROPERTY}. */
    public static final String TRUSTED_KEYS_PROPERTY = "evidex.trustedKeys";

    private AppWindows windows;

    @Override
    public void start(Stage stage) {
        windows = new AppWindows(stage, AppEnvironment.user(CollectorDemoGenerator.standard(),
                new PackQueryServices(AppDirectories.indexDirectory(), Clock.systemUTC()),
                url -> getHostServices().showDocument(url)), BackgroundExecutor.create());
        windows.show();
        reportStartup();
        openRequestedStore(System.getProperty(OPEN_PROPERTY, ""));
    }

    /** With {@code -Devidex.timing=true}: how long after JVM start the window was shown (benchmark). */
    private static void reportStartup() {
        if (Boolean.getBoolean("evidex.timing")) {
            long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("evidex: window shown " + (System.currentTimeMillis() - started)
                    + " ms after JVM start");
        }
    }

    private void openRequestedStore(String request) {
        if (request.isBlank()) {
            return;
        }
        Platform.runLater(() -> {
            var start = windows.startViewModel();
            if (request.equals("demo")) {
                start.openDemo();
            } else if (!System.getProperty(TRUSTED_KEYS_PROPERTY, "").isBlank()) {
                start.openLocal(Path.of(request), Path.of(System.getProperty(TRUSTED_KEYS_PROPERTY)));
            } else {
                start.openLocal(Path.of(request));
            }
        });
    }

    @Override
    public void stop() {
        if (windows != null) {
            windows.close();
        }
    }
}
