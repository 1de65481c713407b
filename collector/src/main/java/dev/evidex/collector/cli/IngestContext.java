package dev.evidex.collector.cli;

import static java.util.Objects.requireNonNull;

import dev.evidex.collector.ci.CiContext;
import dev.evidex.collector.record.Subject;
import dev.evidex.verification.store.ObjectStore;
import java.io.IOException;
import java.time.Instant;

/** What a command needs to build its records; the store is opened only when asked for. */
final class IngestContext {
    /** Opens the store on first use. */
    interface StoreOpener {
        StoreOptions.OpenedStore open() throws IOException;
    }

    private final CiContext ci;
    private final Subject subject;
    private final Instant now;
    private final String log;
    private final StoreOpener opener;
    private StoreOptions.OpenedStore opened;

    IngestContext(CiContext ci, Subject subject, Instant now, String log, StoreOpener opener) {
        this.ci = requireNonNull(ci, "ci is null");
        this.subject = requireNonNull(subject, "subject is null");
        this.now = requireNonNull(now, "now is null");
        this.log = requireNonNull(log, "log is null");
        this.opener = requireNonNull(opener, "opener is null");
    }

    CiContext ci() {
        return ci;
    }

    Subject subject() {
        return subject;
    }

    Instant now() {
        return now;
    }

    String log() {
        return log;
    }

    /** The store, opened now if it was not yet; call only after the inputs are parsed. */
    ObjectStore store() throws IOException {
        return opened().objects();
    }

    StoreOptions.OpenedStore opened() throws IOException {
        if (opened == null) {
            opened = opener.open();
        }
        return opened;
    }
}
