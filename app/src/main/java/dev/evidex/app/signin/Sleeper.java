package dev.evidex.app.signin;

import java.time.Duration;

/** Waits between polls; tests replace it so that they do not sleep. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
