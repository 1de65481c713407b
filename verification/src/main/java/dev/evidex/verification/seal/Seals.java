package dev.evidex.verification.seal;

import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.keys.SigningException;
import dev.evidex.verification.merkle.Hashes;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Creates signed seals (evidence format section 5). */
public final class Seals {
    private Seals() {}

    /** What a seal commits to, before signing. */
    public record Content(String log, long batch, long treeSize, long recordCount, byte[] root,
            String batchObject, byte[] batchSha256, Optional<byte[]> previousSealSha256, Instant time,
            List<byte[]> frontier) {}

    public static String origin(String log) {
        return "evidex.dev/log/" + log;
    }

    /** The signed-note key name of a key id: {@code evidex-seal+<first 8 hex>}. */
    public static String keyName(String keyId) {
        return "evidex-seal+" + keyId.substring("sha256:".length(), "sha256:".length() + 8);
    }

    /** The 4-byte signed-note key hint: the first bytes of the key id. */
    public static byte[] keyHint(String keyId) {
        return Arrays.copyOf(Hashes.fromHex(keyId.substring("sha256:".length())), 4);
    }

    public static String body(Content content) {
        return CheckpointNote.body(origin(content.log()), content.treeSize(), content.root(), List.of(
                "batch " + content.batch(),
                "batch-sha256 " + Hashes.hex(content.batchSha256()),
                "previous-seal " + content.previousSealSha256().map(Hashes::hex).orElse("none"),
                "time " + content.time()));
    }

    public static Seal sign(Content content, Signer signer) throws SigningException {
        String keyId = signer.keyId();
        String body = body(content);
        byte[] signature = signer.sign(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CheckpointNote note = new CheckpointNote(body, keyName(keyId), keyHint(keyId), signature);
        return new Seal(content.log(), content.batch(), content.treeSize(), content.recordCount(),
                Hashes.hex(content.root()), content.batchObject(), Hashes.hex(content.batchSha256()),
                content.previousSealSha256().map(Hashes::hex), content.time(), keyId,
                content.frontier().stream().map(Hashes::hex).toList(), note.text());
    }
}
