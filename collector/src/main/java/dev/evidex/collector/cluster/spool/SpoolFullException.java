package dev.evidex.collector.cluster.spool;

/** The spool holds more unsealed bytes than its bound: the sender must retry later. */
public final class SpoolFullException extends Exception {
    private static final long serialVersionUID = 1L;

    public SpoolFullException(String message) {
        super(message);
    }
}
