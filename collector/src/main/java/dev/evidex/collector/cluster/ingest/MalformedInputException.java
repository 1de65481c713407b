package dev.evidex.collector.cluster.ingest;

/** A request body that cannot be read as what its endpoint accepts; nothing of it is recorded. */
public final class MalformedInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedInputException(String message) {
        super(message);
    }
}
