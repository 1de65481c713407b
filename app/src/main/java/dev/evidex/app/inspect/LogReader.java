package dev.evidex.app.inspect;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.seal.SealException;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.IOException;
import java.util.Optional;

/** Reads one log's seals and batch objects, read-only. */
final class LogReader {
    /** Largest batch object the inspector reads into memory. */
    static final long MAX_BATCH_BYTES = 512L * 1024 * 1024;

    private final ObjectStore store;
    private final String log;

    LogReader(ObjectStore store, String log) {
        this.store = requireNonNull(store, "store is null");
        this.log = StoreKeys.requireLogName(log);
    }

    /** Seal {@code batch} with its exact bytes, if present. */
    Optional<SealFile> seal(long batch) throws IOException, InspectionException {
        String key = StoreKeys.seal(log, batch);
        Optional<byte[]> bytes = store.read(key, Seal.MAX_BYTES);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SealFile(key, Seal.parse(bytes.get()), bytes.get()));
        } catch (SealException e) {
            throw new InspectionException(key + " is not a valid seal: " + e.getMessage(), e);
        }
    }

    /** The newest batch number (seals are numbered without gaps from 0). */
    long newestBatch() throws IOException, InspectionException {
        var seals = store.list(StoreKeys.sealPrefix(log));
        if (seals.isEmpty()) {
            throw new InspectionException("the store has no log " + log);
        }
        String last = seals.get(seals.size() - 1).key();
        return StoreKeys.sealBatch(last.substring(last.lastIndexOf('/') + 1))
                .orElseThrow(() -> new InspectionException("unexpected object " + last));
    }

    /** The seal of the batch holding leaf {@code index}, found by binary search over batch numbers. */
    SealFile sealCovering(long index) throws IOException, InspectionException {
        long low = 0;
        long high = newestBatch();
        while (low <= high) {
            long middle = (low + high) >>> 1;
            SealFile candidate = seal(middle).orElseThrow(() -> new InspectionException(
                    "seal " + middle + " of log " + log + " is missing"));
            long first = candidate.seal().treeSize() - candidate.seal().recordCount();
            if (index < first) {
                high = middle - 1;
            } else if (index >= candidate.seal().treeSize()) {
                low = middle + 1;
            } else {
                return candidate;
            }
        }
        throw new InspectionException("no seal of log " + log + " covers record " + index);
    }

    Optional<byte[]> batchObject(Seal seal) throws IOException {
        return store.read(seal.batchObject(), MAX_BATCH_BYTES);
    }

    /** A seal and the exact bytes it was read from. */
    record SealFile(String key, Seal seal, byte[] bytes) {}
}
