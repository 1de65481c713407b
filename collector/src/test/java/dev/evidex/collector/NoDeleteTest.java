package dev.evidex.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The collector's write path never deletes evidence: no S3 or KMS delete operation (and no
 * lifecycle or retention rewrite) appears in its sources or compiled classes.
 */
class NoDeleteTest {
    private static final List<String> FORBIDDEN = List.of("deleteObject", "DeleteObject", "deleteObjects", "DeleteObjects",
            "deleteBucket", "DeleteBucket", "putBucketLifecycle", "PutBucketLifecycle", "putObjectRetention",
            "PutObjectRetention", "BypassGovernanceRetention", "bypassGovernanceRetention", "scheduleKeyDeletion",
            "ScheduleKeyDeletion", "disableKey", "DisableKey");

    @Test
    void noSourceFileCallsADeleteOperation() throws IOException {
        assertNoneContain(Path.of("src/main/java"), ".java");
    }

    @Test
    void noCompiledClassReferencesADeleteOperation() throws IOException {
        assertNoneContain(Path.of("target/classes/dev/evidex/collector"), ".class");
    }

    private static void assertNoneContain(Path root, String suffix) throws IOException {
        assertThat(root).isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(path -> path.toString().endsWith(suffix)).toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            // ISO-8859-1 maps every byte, so constant-pool strings of class files are searchable too.
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String forbidden : FORBIDDEN) {
                assertThat(text).as(file + " mentions " + forbidden).doesNotContain(forbidden);
            }
        }
    }
}
