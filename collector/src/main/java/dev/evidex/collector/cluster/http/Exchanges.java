package dev.evidex.collector.cluster.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.evidex.verification.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Reading bounded request bodies and writing responses. */
final class Exchanges {
    private Exchanges() {}

    /** Reads the body, refusing more than {@code maxBytes} whatever Content-Length claims. */
    static byte[] body(HttpExchange exchange, long maxBytes) throws IOException, BodyTooLargeException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBytes) {
                    throw new BodyTooLargeException("body of " + length.strip() + " bytes exceeds the limit of " + maxBytes);
                }
            } catch (NumberFormatException e) {
                // The server rejects malformed lengths itself; read with the limit anyway.
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length == null ? 8192 : (int) Math.min(maxBytes, 1 << 20));
        byte[] chunk = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(chunk)) >= 0) {
                if (out.size() + (long) read > maxBytes) {
                    throw new BodyTooLargeException("body exceeds the limit of " + maxBytes + " bytes");
                }
                out.write(chunk, 0, read);
            }
        }
        return out.toByteArray();
    }

    static void json(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        send(exchange, status, "application/json", Json.mapper().writeValueAsBytes(body));
    }

    static void error(HttpExchange exchange, int status, String message) throws IOException {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("error", message);
        json(exchange, status, body);
    }

    static void text(HttpExchange exchange, int status, String contentType, String text) throws IOException {
        send(exchange, status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
