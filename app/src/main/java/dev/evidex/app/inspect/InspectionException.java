package dev.evidex.app.inspect;

/** The record cannot be found or read at all. */
public final class InspectionException extends Exception {
    private static final long serialVersionUID = 1L;

    public InspectionException(String message) {
        super(message);
    }

    public InspectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
