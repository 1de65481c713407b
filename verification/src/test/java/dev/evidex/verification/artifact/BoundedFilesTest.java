package dev.evidex.verification.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedFilesTest {
    @Test
    void oversizeFileIsRejectedBeforeReading(@TempDir Path folder) throws Exception {
        Path oversize = Files.write(folder.resolve("oversize-envelope.json"), new byte[101]);

        assertThatThrownBy(() -> BoundedFiles.read(oversize, 100, "envelope")).isInstanceOf(IOException.class)
                .hasMessageContaining("is 101 bytes, over the limit of 100");
        assertThat(BoundedFiles.read(oversize, 101, "envelope")).hasSize(101);
    }

    @Test
    void missingFileIsNamed(@TempDir Path folder) {
        assertThatThrownBy(() -> BoundedFiles.readDocument(folder.resolve("absent.json"), "bundle"))
                .hasMessageContaining("absent.json does not exist");
    }

    @Test
    void digestsParseStrictly() {
        assertThat(Sha256Digest.parse("SHA256:" + "AB".repeat(32)).hex()).isEqualTo("ab".repeat(32));
        assertThatThrownBy(() -> Sha256Digest.parse("sha256:abc")).hasMessageContaining("expected sha256:<64 hex characters>");
    }
}
