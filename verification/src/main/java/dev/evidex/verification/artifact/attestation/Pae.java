package dev.evidex.verification.artifact.attestation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * DSSE pre-authentication encoding: {@code "DSSEv1" SP len(type) SP type SP len(body) SP body}.
 * Lengths are counted in BYTES of the UTF-8 encoding; counting characters (as some libraries do)
 * produces a different message for any non-ASCII payload and rejects valid signatures.
 */
public final class Pae {
    private Pae() {}

    public static byte[] encode(String payloadType, byte[] payload) {
        byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + type.length + 32);
        out.writeBytes(("DSSEv1 " + type.length + " ").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(type);
        out.writeBytes((" " + payload.length + " ").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(payload);
        return out.toByteArray();
    }
}
