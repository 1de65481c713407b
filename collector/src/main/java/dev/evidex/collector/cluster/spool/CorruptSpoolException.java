package dev.evidex.collector.cluster.spool;

import java.io.IOException;

/** A spool file whose bytes are not a valid entry where an entry must be. */
public final class CorruptSpoolException extends IOException {
    private static final long serialVersionUID = 1L;

    public CorruptSpoolException(String message) {
        super(message);
    }
}
