package dev.evidex.app.health;

/** Where a store verification stands; the badge colour follows it. */
public enum HealthState {
    NOT_VERIFIED,
    RUNNING,
    VERIFIED,
    FAILED,
    CANCELLED,
    ERROR
}
