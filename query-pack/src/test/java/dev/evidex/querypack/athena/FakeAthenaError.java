package dev.evidex.querypack.athena;

/** An error response of the fake Athena server, in the JSON 1.1 error shape. */
final class FakeAthenaError extends Exception {
    private final int status;
    private final String type;

    FakeAthenaError(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }
}
