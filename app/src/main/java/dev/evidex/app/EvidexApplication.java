package dev.evidex.app;

import dev.evidex.app.common.BackgroundExecutor;
import dev.evidex.app.query.QueryServices;
import dev.evidex.app.store.UnavailableDemoGenerator;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop app. {@code -Devidex.open=demo} (or a store folder) opens a store at once instead
 * of the start screen.
 */
public final class EvidexApplication extends Application {
    /** What to open at launch: {@code demo} or the path of a local store folder. */
    public static final String OPEN_PROPERTY = "evidex.open";

    private AppWindows windows;

    @Override
    public void start(Stage stage) {
        windows = new AppWindows(stage, AppEnvironment.user(new UnavailableDemoGenerator(), QueryServices.unavailable(),
                url -> getHostServices().showDocument(url)), BackgroundExecutor.create());
        windows.show();
        openRequestedStore(System.getProperty(OPEN_PROPERTY, ""));
    }

    private void openRequestedStore(String request) {
        if (request.isBlank()) {
            return;
        }
        Platform.runLater(() -> {
            var start = windows.startViewModel();
            if (request.equals("demo")) {
                start.openDemo();
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
