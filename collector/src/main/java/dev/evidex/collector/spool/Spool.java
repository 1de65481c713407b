package dev.evidex.collector.spool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.record.Artifact;
import dev.evidex.collector.sink.Submission;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.merkle.Hashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The local spool: every submission is made durable here (fsync, then an atomic rename) before
 * anything is uploaded, so a run that dies mid-upload is completed by the next run on the same
 * machine. Entries are per store and per log and replayed oldest first.
 */
public final class Spool {
    private static final String RECORDS = "records.jsonl";
    private static final String ARTIFACTS = "artifacts";

    private final Path root;

    /** @param root the spool directory of one store (see {@link #forStore}) */
    public Spool(Path root) {
        this.root = root;
    }

    /** The spool of one store under a shared spool directory, keyed by the store's location. */
    public static Spool forStore(Path spoolDirectory, String storeDescription) {
        String id = Hashes.hex(Hashes.sha256(storeDescription.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        return new Spool(spoolDirectory.resolve(id));
    }

    /** Writes a submission durably; returns its entry. */
    public SpoolEntry save(Submission submission, long sequence) throws IOException {
        String digest = submission.contentDigest();
        Path logDirectory = root.resolve(submission.log());
        Files.createDirectories(logDirectory);
        Path finalDirectory = logDirectory.resolve(String.format("%019d-%s", sequence, digest));
        Path temporary = Files.createTempDirectory(logDirectory, ".incoming-");
        Files.createDirectories(temporary.resolve(ARTIFACTS));
        for (Artifact artifact : submission.artifacts()) {
            writeDurably(temporary.resolve(ARTIFACTS).resolve(artifact.hex()), artifact.bytes());
        }
        StringBuilder lines = new StringBuilder();
        for (ObjectNode record : submission.records()) {
            lines.append(CanonicalJson.string(record)).append('\n');
        }
        writeDurably(temporary.resolve(RECORDS), lines.toString().getBytes(StandardCharsets.UTF_8));
        syncDirectory(temporary.resolve(ARTIFACTS));
        syncDirectory(temporary);
        if (Files.isDirectory(finalDirectory)) {
            // The same content is already waiting: the earlier copy will be replayed.
            removeEntry(temporary);
        } else {
            Files.move(temporary, finalDirectory, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(logDirectory);
        }
        return read(finalDirectory, submission.log());
    }

    /** Every complete entry of a log, oldest first. */
    public List<SpoolEntry> pending(String log) throws IOException {
        Path logDirectory = root.resolve(log);
        if (!Files.isDirectory(logDirectory)) {
            return List.of();
        }
        List<SpoolEntry> entries = new ArrayList<>();
        try (Stream<Path> children = Files.list(logDirectory)) {
            for (Path directory : children.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::getFileName)).toList()) {
                entries.add(read(directory, log));
            }
        }
        return entries;
    }

    /** Removes an entry once its evidence is sealed in the store (local bookkeeping only). */
    public void complete(SpoolEntry entry) throws IOException {
        removeEntry(entry.directory());
    }

    private static SpoolEntry read(Path directory, String log) throws IOException {
        String name = directory.getFileName().toString();
        List<byte[]> lines = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(directory.resolve(RECORDS));
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        List<Path> artifacts;
        try (Stream<Path> files = Files.list(directory.resolve(ARTIFACTS))) {
            artifacts = files.sorted().toList();
        }
        return new SpoolEntry(directory, log, name.substring(name.indexOf('-') + 1), lines, artifacts);
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Platforms that cannot open directories: the files themselves were forced.
        }
    }

    private static void removeEntry(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
