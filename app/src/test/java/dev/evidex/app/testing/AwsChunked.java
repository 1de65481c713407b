package dev.evidex.app.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Decodes an {@code aws-chunked} request body ({@code <hex size>;chunk-signature=...\r\n<data>\r\n}, trailers after). */
final class AwsChunked {
    private AwsChunked() {}

    static byte[] decode(byte[] body) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int position = 0;
        while (position < body.length) {
            int lineEnd = indexOf(body, position);
            String header = new String(body, position, lineEnd - position, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";", 2)[0].strip(), 16);
            if (size == 0) {
                break;
            }
            data.write(body, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
        return data.toByteArray();
    }

    private static int indexOf(byte[] body, int from) {
        for (int i = from; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalArgumentException("aws-chunked body without a line end after offset " + from);
    }
}
