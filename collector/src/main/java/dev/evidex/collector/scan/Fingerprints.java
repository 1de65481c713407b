package dev.evidex.collector.scan;

import dev.evidex.verification.merkle.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** {@code sha256:hex(SHA-256(tool 0x1F f1 0x1F f2 ...))} (evidence format 2.4). */
public final class Fingerprints {
    private static final byte SEPARATOR = 0x1F;

    private Fingerprints() {}

    public static String of(String tool, String... fields) {
        MessageDigest digest = Hashes.sha256();
        digest.update(tool.getBytes(StandardCharsets.UTF_8));
        for (String field : fields) {
            digest.update(SEPARATOR);
            digest.update(field.getBytes(StandardCharsets.UTF_8));
        }
        return "sha256:" + Hashes.hex(digest.digest());
    }
}
