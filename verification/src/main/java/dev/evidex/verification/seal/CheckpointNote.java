package dev.evidex.verification.seal;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP signed note holding a tlog checkpoint: the body (origin, size, root, extension lines)
 * and one signature line {@code — <name> <base64(hint || signature)>}.
 */
public record CheckpointNote(String body, String keyName, byte[] keyHint, byte[] signature) {
    private static final String SIGNATURE_PREFIX = "\u2014 ";

    public CheckpointNote {
        requireNonNull(body, "body is null");
        requireNonNull(keyName, "keyName is null");
        keyHint = requireNonNull(keyHint, "keyHint is null").clone();
        signature = requireNonNull(signature, "signature is null").clone();
    }

    /** The checkpoint body lines for a seal, each ending in a line feed. */
    public static String body(String origin, long treeSize, byte[] root, List<String> extensions) {
        StringBuilder body = new StringBuilder();
        body.append(origin).append('\n').append(treeSize).append('\n')
                .append(Base64.getEncoder().encodeToString(root)).append('\n');
        extensions.forEach(line -> body.append(line).append('\n'));
        return body.toString();
    }

    public byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] keyHint() {
        return keyHint.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The full note text: body, blank line, signature line. */
    public String text() {
        byte[] blob = new byte[keyHint.length + signature.length];
        System.arraycopy(keyHint, 0, blob, 0, keyHint.length);
        System.arraycopy(signature, 0, blob, keyHint.length, signature.length);
        return body + "\n" + SIGNATURE_PREFIX + keyName + " " + Base64.getEncoder().encodeToString(blob) + "\n";
    }

    /** Parses a note with exactly one signature line. */
    public static CheckpointNote parse(String text) throws SealException {
        int separator = text.indexOf("\n\n");
        if (separator < 0) {
            throw new SealException("checkpoint note has no blank line between body and signature");
        }
        String body = text.substring(0, separator + 1);
        String signatures = text.substring(separator + 2);
        if (!signatures.endsWith("\n") || signatures.indexOf('\n') != signatures.length() - 1) {
            throw new SealException("checkpoint note must have exactly one signature line ending in a line feed");
        }
        String line = signatures.substring(0, signatures.length() - 1);
        if (!line.startsWith(SIGNATURE_PREFIX)) {
            throw new SealException("checkpoint signature line must start with an em dash and a space");
        }
        String[] parts = line.substring(SIGNATURE_PREFIX.length()).split(" ", -1);
        if (parts.length != 2) {
            throw new SealException("checkpoint signature line must be '<key name> <base64>'");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new SealException("checkpoint signature is not valid base64", e);
        }
        if (blob.length < 5) {
            throw new SealException("checkpoint signature is too short");
        }
        byte[] hint = java.util.Arrays.copyOfRange(blob, 0, 4);
        byte[] signature = java.util.Arrays.copyOfRange(blob, 4, blob.length);
        return new CheckpointNote(body, parts[0], hint, signature);
    }

    /** The body's lines without their line feeds. */
    public List<String> bodyLines() {
        return List.of(body.substring(0, body.length() - 1).split("\n", -1));
    }
}
