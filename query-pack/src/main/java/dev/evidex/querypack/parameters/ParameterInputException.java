package dev.evidex.querypack.parameters;

/** A parameter given by the user is unknown, missing or not of its declared type. */
public final class ParameterInputException extends Exception {
    public ParameterInputException(String message) {
        super(message);
    }
}
