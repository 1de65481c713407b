package dev.evidex.app.signin;

/** Sign-in failed for a reason the user can act on; the message says which. */
public final class SignInException extends Exception {
    private static final long serialVersionUID = 1L;

    public SignInException(String message) {
        super(message);
    }

    public SignInException(String message, Throwable cause) {
        super(message, cause);
    }
}
