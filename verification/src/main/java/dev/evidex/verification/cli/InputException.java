package dev.evidex.verification.cli;

/** An input of a command cannot be used: missing file, bad key, malformed option value. */
final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message, Throwable cause) {
        super(message, cause);
    }

    InputException(String message) {
        super(message);
    }
}
