package dev.evidex.verification.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The embedded store: a directory. Every object is written to a temporary file, fsynced, made
 * read-only and hard-linked into place; the link fails if the name exists, so an object is never
 * replaced and a crash leaves either no object or a complete one.
 */
public final class LocalObjectStore implements ObjectStore {
    /** Temporary files live inside the store so that the final link never crosses file systems. */
    static final String TEMPORARY = ".tmp";

    private final Path root;

    public LocalObjectStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public String describe() {
        return root.toString();
    }

    Path resolve(String key) {
        if (key.isEmpty() || key.startsWith("/") || key.contains("..") || key.contains("\\")) {
            throw new IllegalArgumentException("not a store key: " + key);
        }
        return root.resolve(key);
    }

    @Override
    public Optional<byte[]> read(String key, long maxBytes) throws IOException {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException(key + " is " + size + " bytes, more than the " + maxBytes + " allowed");
        }
        return Optional.of(Files.readAllBytes(file));
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(resolve(key));
    }

    @Override
    public boolean createIfAbsent(String key, byte[] bytes) throws IOException {
        Path target = resolve(key);
        if (Files.exists(target)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        Path temporary = writeTemporary(bytes);
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            // File systems without hard links: create-new still refuses to replace.
            writeCreateNew(target, bytes);
        } finally {
            Files.deleteIfExists(temporary);
        }
        syncDirectory(target.getParent());
        return true;
    }

    private Path writeTemporary(byte[] bytes) throws IOException {
        Path directory = root.resolve(TEMPORARY);
        Files.createDirectories(directory);
        Path temporary = directory.resolve(UUID.randomUUID() + ".part");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes));
            channel.force(true);
        }
        makeReadOnly(temporary);
        return temporary;
    }

    private static void writeCreateNew(Path target, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes));
            channel.force(true);
        }
    }

    private static void makeReadOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the no-overwrite link is the protection that matters.
        }
    }

    /** Makes a new directory entry durable (POSIX needs an fsync of the directory itself). */
    static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open directories; the file itself was already forced.
        }
    }

    @Override
    public List<Entry> list(String prefix) throws IOException {
        int slash = prefix.lastIndexOf('/');
        Path start = slash < 0 ? root : resolve(prefix.substring(0, slash + 1));
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(start)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String key = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                if (key.startsWith(prefix) && !key.startsWith(TEMPORARY + "/")) {
                    entries.add(new Entry(key, Files.size(file)));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        entries.sort(Comparator.comparing(Entry::key));
        return entries;
    }

    @Override
    public List<String> listFolders(String prefix) throws IOException {
        Path directory = resolve(prefix);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
