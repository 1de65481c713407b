package dev.evidex.collector.cluster.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Segment files: {@code segment-<first sequence, 20 digits>.log}, each starting with a magic header. */
final class Segments {
    static final byte[] MAGIC = "EVXSPL01".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern NAME = Pattern.compile("segment-([0-9]{20})\\.log");

    private Segments() {}

    static Path path(Path directory, long firstSequence) {
        return directory.resolve(String.format("segment-%020d.log", firstSequence));
    }

    static OptionalLong firstSequence(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    /** The segment files in sequence order. */
    static List<Path> list(Path directory) throws IOException {
        List<Path> segments = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> firstSequence(file).isPresent()).sorted().forEach(segments::add);
        }
        return segments;
    }

    /** Creates a new, empty segment durably (file and directory entry). */
    static FileChannel create(Path directory, long firstSequence) throws IOException {
        Path file = path(directory, firstSequence);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        channel.write(ByteBuffer.wrap(MAGIC));
        channel.force(true);
        syncDirectory(directory);
        return channel;
    }

    static void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
