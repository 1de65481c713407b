package dev.evidex.querypack.duckdb;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Lists the batch objects of a local store; anything not named as the format says is not evidence. */
public final class StoreRecords {
    private static final Pattern DAY = Pattern.compile("dt=[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern BATCH = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}-[0-9]{12}\\.jsonl");

    private StoreRecords() {}

    public static List<BatchObject> list(Path store) throws IOException {
        Path records = store.resolve("records");
        List<BatchObject> objects = new ArrayList<>();
        if (!Files.isDirectory(records)) {
            return objects;
        }
        try (DirectoryStream<Path> days = Files.newDirectoryStream(records, p -> DAY.matcher(name(p)).matches())) {
            for (Path day : days) {
                try (DirectoryStream<Path> batches =
                        Files.newDirectoryStream(day, p -> BATCH.matcher(name(p)).matches())) {
                    for (Path batch : batches) {
                        objects.add(new BatchObject("records/" + name(day) + "/" + name(batch), batch, Files.size(batch)));
                    }
                }
            }
        }
        objects.sort((a, b) -> a.key().compareTo(b.key()));
        return objects;
    }

    private static String name(Path path) {
        return path.getFileName().toString();
    }
}
