package dev.evidex.app.export;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.store.S3EvidenceObjects;
import dev.evidex.verification.packet.ParallelWork;
import dev.evidex.verification.packet.PacketVerificationException;
import dev.evidex.verification.packet.RetentionStatement;
import dev.evidex.verification.store.ObjectStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A store under an S3 prefix. The seal keys to trust must be given: keys read from the same bucket
 * would vouch for themselves. Each exported object's Object Lock is read with HeadObject at export
 * time, a bounded number of requests at once.
 */
public final class S3EvidenceSource implements EvidenceSource {
    /** HeadObject requests in flight at once: enough to hide latency, few enough not to be throttled. */
    static final int PARALLEL_REQUESTS = 16;

    private final S3EvidenceObjects objects;
    private final Clock clock;

    public S3EvidenceSource(S3EvidenceObjects objects, Clock clock) {
        this.objects = requireNonNull(objects, "objects is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public ObjectStore objects() {
        return objects;
    }

    @Override
    public String describe() {
        return objects.describe();
    }

    @Override
    public Path trustedKeys(Optional<Path> given) throws ExportException {
        return given.orElseThrow(() -> new ExportException("exporting from " + describe() + " needs the seal keys to trust, "
                + "given explicitly (--trusted-keys, or Trusted keys in Store settings): keys read from the same bucket cannot "
                + "vouch for its seals"));
    }

    @Override
    public byte[] retention(List<String> storeKeys, BooleanSupplier cancelled) throws ExportException {
        try {
            List<RetentionStatement.ObjectRetention> retention = ParallelWork.map(storeKeys, PARALLEL_REQUESTS, key -> {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("export cancelled");
                }
                return objects.retention(key);
            });
            return RetentionStatement.s3(describe(), clock.instant().truncatedTo(ChronoUnit.SECONDS), retention);
        } catch (IOException | PacketVerificationException e) {
            throw new ExportException("cannot read the Object Lock retention of the exported "
                    + "objects, nothing was exported: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        objects.close();
    }
}
