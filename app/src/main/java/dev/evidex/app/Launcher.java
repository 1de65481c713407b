package dev.evidex.app;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javafx.application.Application;

/**
 * The {@code evidex} entry point: no arguments open the desktop app; any argument runs the
 * headless command. A plain main class (not an {@link Application}) so that the JavaFX runtime
 * can come from the class path.
 */
public final class Launcher {
    static final String HEADLESS_MAIN = "dev.evidex.app.cli.EvidexMain";

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(EvidexApplication.class);
            return;
        }
        System.exit(runHeadless(args, System.err));
    }

    /** Runs the headless command if this build has it; otherwise prints usage and returns 2. */
    static int runHeadless(String[] args, PrintStream err) {
        try {
            Method main = Class.forName(HEADLESS_MAIN).getMethod("main", String[].class);
            main.invoke(null, (Object) args);
            return 0;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            err.println("usage: evidex            (opens the desktop app)");
            err.println("this build has no headless commands yet");
            return 2;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(HEADLESS_MAIN + ".main is not accessible", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("headless command failed: " + e.getCause(), e.getCause());
        }
    }
}
