package dev.evidex.verification.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.keys.SigningException;
import dev.evidex.verification.merkle.CompactRange;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.merkle.MerkleException;
import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.seal.SealException;
import dev.evidex.verification.seal.Seals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Appends sealed batches to one log (evidence format section 5.2). The seal is the claim: it is
 * written create-if-absent, so of two writers racing for a batch number exactly one wins and the
 * other re-reads the head and tries the next number. Not thread-safe; use one per thread.
 */
public final class LogAppender {
    private static final int MAX_ATTEMPTS = 1000;

    private final ObjectStore store;
    private final String log;
    private final Signer signer;
    private final Clock clock;
    private final Staging staging;
    private Optional<Head> head;

    /** The newest seal of the log, as read or written by this appender. */
    record Head(Seal seal, byte[] sealBytes) {}

    public LogAppender(ObjectStore store, String log, Signer signer, Clock clock, Path stagingDirectory) {
        this.store = requireNonNull(store, "store is null");
        this.log = StoreKeys.requireLogName(log);
        this.signer = requireNonNull(signer, "signer is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.staging = new Staging(requireNonNull(stagingDirectory, "stagingDirectory is null"));
        this.head = Optional.empty();
    }

    /** Seals {@code records} (validated, without assigned fields) as one new batch. */
    public AppendResult append(List<ObjectNode> records) throws IOException, StoreException {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a batch holds at least one record");
        }
        records.forEach(RecordLines::validate);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Head> current = head.isPresent() ? head : readHead();
            Prepared prepared = prepare(records, current);
            Path staged = staging.stage(prepared.seal().batchObject(), prepared.batchBytes());
            if (!store.createIfAbsent(StoreKeys.seal(log, prepared.seal().batch()), prepared.sealBytes())) {
                staging.discard(staged);
                head = Optional.empty();
                continue;
            }
            head = Optional.of(new Head(prepared.seal(), prepared.sealBytes()));
            writeBatchObject(prepared.seal(), prepared.batchBytes());
            staging.discard(staged);
            Seal seal = prepared.seal();
            return new AppendResult(log, seal.batch(), seal.treeSize() - seal.recordCount(), seal.recordCount(),
                    seal.treeSize(), seal.root(), StoreKeys.seal(log, seal.batch()), seal.batchObject(), attempt);
        }
        throw new StoreException("log " + log + ": lost the race for a batch number " + MAX_ATTEMPTS + " times");
    }

    private record Prepared(Seal seal, byte[] sealBytes, byte[] batchBytes) {}

    private Prepared prepare(List<ObjectNode> records, Optional<Head> current) throws StoreException {
        long batch = current.map(h -> h.seal().batch() + 1).orElse(0L);
        CompactRange range = frontier(current);
        long firstIndex = range.size();
        ByteArrayOutputStream batchBytes = new ByteArrayOutputStream(records.size() * 512);
        MessageDigest digest = Hashes.sha256();
        for (int i = 0; i < records.size(); i++) {
            byte[] line = RecordLines.line(records.get(i), log, batch, firstIndex + i);
            range.append(Hashes.leaf(digest, line, 0, line.length));
            batchBytes.write(line, 0, line.length);
            batchBytes.write('\n');
        }
        byte[] bytes = batchBytes.toByteArray();
        java.time.Instant time = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Seals.Content content = new Seals.Content(log, batch, range.size(), records.size(), range.root(),
                StoreKeys.batchObject(log, batch, time), Hashes.sha256(bytes),
                current.map(h -> Hashes.sha256(h.sealBytes())), time, range.subtrees());
        try {
            Seal seal = Seals.sign(content, signer);
            return new Prepared(seal, seal.toCanonicalJson(), bytes);
        } catch (SigningException e) {
            throw new StoreException("log " + log + ": cannot sign seal " + batch + ": " + e.getMessage(), e);
        }
    }

    private CompactRange frontier(Optional<Head> current) throws StoreException {
        if (current.isEmpty()) {
            return CompactRange.empty();
        }
        Seal seal = current.get().seal();
        try {
            List<byte[]> hashes = new ArrayList<>();
            for (String hex : seal.frontier()) {
                hashes.add(Hashes.fromHex(hex));
            }
            CompactRange range = CompactRange.of(seal.treeSize(), hashes);
            // A frontier that does not reproduce the signed root would seal a forked tree.
            if (!Hashes.hex(range.root()).equals(seal.root())) {
                throw new StoreException("log " + log + ": seal " + seal.batch()
                        + " frontier does not reproduce its root; run evidex-verify store");
            }
            return range;
        } catch (MerkleException | IllegalArgumentException e) {
            throw new StoreException("log " + log + ": seal " + seal.batch() + " has an unusable frontier: "
                    + e.getMessage(), e);
        }
    }

    private Optional<Head> readHead() throws IOException, StoreException {
        List<ObjectStore.Entry> seals = store.list(StoreKeys.sealPrefix(log));
        for (int i = seals.size() - 1; i >= 0; i--) {
            String key = seals.get(i).key();
            if (StoreKeys.sealBatch(key.substring(key.lastIndexOf('/') + 1)).isEmpty()) {
                continue;
            }
            byte[] bytes = store.read(key, Seal.MAX_BYTES).orElseThrow(() -> new StoreException(key + " vanished"));
            try {
                Seal seal = Seal.parse(bytes);
                completeBatchObject(seal);
                return Optional.of(new Head(seal, bytes));
            } catch (SealException e) {
                throw new StoreException("log " + log + ": newest seal " + key + " is unreadable: " + e.getMessage(), e);
            }
        }
        return Optional.empty();
    }

    /** Finishes a batch whose writer crashed between its seal and its batch object. */
    private void completeBatchObject(Seal seal) throws IOException {
        if (!store.exists(seal.batchObject())) {
            Optional<byte[]> staged = staging.find(seal.batchObject(), seal.batchSha256());
            if (staged.isPresent()) {
                store.createIfAbsent(seal.batchObject(), staged.get());
            }
        }
    }

    private void writeBatchObject(Seal seal, byte[] bytes) throws IOException, StoreException {
        if (!store.createIfAbsent(seal.batchObject(), bytes)) {
            byte[] existing = store.read(seal.batchObject(), Long.MAX_VALUE).orElseThrow();
            if (!MessageDigest.isEqual(existing, bytes)) {
                throw new StoreException(seal.batchObject() + " already exists with other content; run evidex-verify store");
            }
        }
    }

    /** Staged batch objects: local, fsynced copies kept until the object is in the store. */
    private static final class Staging {
        private final Path directory;

        Staging(Path directory) {
            this.directory = directory;
        }

        Path stage(String batchObjectKey, byte[] bytes) throws IOException {
            Files.createDirectories(directory);
            Path file = directory.resolve(name(batchObjectKey, Hashes.hex(Hashes.sha256(bytes))));
            Path temporary = Files.createTempFile(directory, "stage", ".part");
            try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return file;
        }

        Optional<byte[]> find(String batchObjectKey, String sha256) throws IOException {
            Path file = directory.resolve(name(batchObjectKey, sha256));
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                // Never staged here, or its writer stored the batch object and discarded the copy meanwhile.
                return Optional.empty();
            }
            return Hashes.hex(Hashes.sha256(bytes)).equals(sha256) ? Optional.of(bytes) : Optional.empty();
        }

        void discard(Path file) throws IOException {
            Files.deleteIfExists(file);
        }

        private static String name(String batchObjectKey, String sha256) {
            return batchObjectKey.substring(batchObjectKey.lastIndexOf('/') + 1) + "." + sha256;
        }
    }
}
