package dev.evidex.collector.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local endpoint speaking the KMS JSON 1.1 protocol ({@code X-Amz-Target: TrentService.*}) for
 * GetPublicKey and Sign, signing digests with an in-memory P-256 key as KMS does.
 */
final class FakeKmsServer implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final KeyPair key;
    final List<JsonNode> signRequests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final String keySpec;

    FakeKmsServer(String keySpec) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        this.key = generator.generateKeyPair();
        this.keySpec = keySpec;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        JsonNode request = MAPPER.readTree(exchange.getRequestBody().readAllBytes());
        ObjectNode response = MAPPER.createObjectNode();
        int status = 200;
        try {
            switch (target == null ? "" : target) {
                case "TrentService.GetPublicKey" -> {
                    response.put("KeyId", "arn:aws:kms:us-east-1:123456789012:key/1234abcd");
                    response.put("KeySpec", keySpec);
                    response.put("KeyUsage", "SIGN_VERIFY");
                    response.put("PublicKey", Base64.getEncoder().encodeToString(key.getPublic().getEncoded()));
                    response.putArray("SigningAlgorithms").add("ECDSA_SHA_256");
                }
                case "TrentService.Sign" -> {
                    signRequests.add(request);
                    byte[] digest = Base64.getDecoder().decode(request.path("Message").asText());
                    if (!request.path("MessageType").asText().equals("DIGEST") || digest.length != 32) {
                        throw new IllegalArgumentException("expected a 32-byte DIGEST");
                    }
                    Signature signature = Signature.getInstance("NONEwithECDSA");
                    signature.initSign(key.getPrivate());
                    signature.update(digest);
                    response.put("KeyId", "arn:aws:kms:us-east-1:123456789012:key/1234abcd");
                    response.put("Signature", Base64.getEncoder().encodeToString(signature.sign()));
                    response.put("SigningAlgorithm", request.path("SigningAlgorithm").asText());
                }
                default -> throw new IllegalArgumentException("unsupported operation " + target);
            }
        } catch (Exception e) {
            status = 400;
            response.removeAll();
            response.put("__type", "ValidationException");
            response.put("message", e.getMessage());
        }
        byte[] body = MAPPER.writeValueAsBytes(response);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
