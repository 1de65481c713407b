package dev.evidex.verification.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalObjectStoreTest {
    @TempDir
    Path directory;

    @Test
    void anExistingObjectIsNeverReplaced() throws Exception {
        LocalObjectStore store = new LocalObjectStore(directory);
        assertThat(store.createIfAbsent("seals/log/000000000000.json", bytes("first"))).isTrue();
        assertThat(store.createIfAbsent("seals/log/000000000000.json", bytes("second"))).isFalse();
        assertThat(store.read("seals/log/000000000000.json", 100)).hasValueSatisfying(
                value -> assertThat(new String(value, StandardCharsets.UTF_8)).isEqualTo("first"));
    }

    @Test
    void objectsAreReadOnlyAndNoTemporaryFilesRemain() throws Exception {
        LocalObjectStore store = new LocalObjectStore(directory);
        store.createIfAbsent("artifacts/sha256/ab", bytes("x"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("artifacts/sha256/ab"))))
                .isEqualTo("r--r--r--");
        try (var leftovers = Files.list(directory.resolve(LocalObjectStore.TEMPORARY))) {
            assertThat(leftovers).isEmpty();
        }
    }

    @Test
    void listingIsInKeyOrderAndSkipsTemporaryFiles() throws Exception {
        LocalObjectStore store = new LocalObjectStore(directory);
        store.createIfAbsent("seals/b/000000000001.json", bytes("1"));
        store.createIfAbsent("seals/b/000000000000.json", bytes("0"));
        store.createIfAbsent("seals/a/000000000000.json", bytes("0"));
        assertThat(store.list("seals/b/")).extracting(ObjectStore.Entry::key)
                .containsExactly("seals/b/000000000000.json", "seals/b/000000000001.json");
        assertThat(store.listFolders("seals/")).containsExactly("a", "b");
    }

    @Test
    void keysCannotEscapeTheStore() {
        LocalObjectStore store = new LocalObjectStore(directory);
        assertThatThrownBy(() -> store.createIfAbsent("../outside", bytes("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a store key");
        assertThatThrownBy(() -> store.read("/etc/passwd", 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oversizedReadsAreRefused() throws Exception {
        LocalObjectStore store = new LocalObjectStore(directory);
        store.createIfAbsent("keys/k.json", bytes("0123456789"));
        assertThatThrownBy(() -> store.read("keys/k.json", 5)).hasMessageContaining("more than the 5 allowed");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
