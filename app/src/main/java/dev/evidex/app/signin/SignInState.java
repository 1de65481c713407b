package dev.evidex.app.signin;

/** Steps of the sign-in wizard. */
public enum SignInState {
    IDLE,
    WAITING_FOR_APPROVAL,
    CHOOSING_ROLE,
    SIGNED_IN,
    FAILED
}
