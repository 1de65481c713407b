package dev.evidex.app.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local server speaking the SSO-OIDC (REST-JSON) and SSO portal protocols, for the real SDK
 * clients with an endpoint override. Errors carry {@code x-amzn-ErrorType} and the OAuth
 * {@code error} member, as the service sends them.
 */
final class FakeIdentityCenter implements AutoCloseable {
    enum Outcome { APPROVE, EXPIRE, DENY }

    static final String ACCESS_TOKEN = "access-token-secret";
    static final String REFRESH_TOKEN = "refresh-token-secret";

    final List<String> requests = new CopyOnWriteArrayList<>();
    final Map<String, String> accounts = new LinkedHashMap<>();
    final Map<String, List<String>> roles = new LinkedHashMap<>();
    volatile int pendingPolls;
    volatile int slowDownPolls;
    volatile Outcome outcome = Outcome.APPROVE;
    volatile int accountsPageSize = 100;
    /** How long issued role credentials last; under five minutes every use fetches new ones. */
    volatile long credentialsLifetimeMillis = 3600_000;
    private final java.util.concurrent.atomic.AtomicInteger issued = new java.util.concurrent.atomic.AtomicInteger();
    private final HttpServer server;

    FakeIdentityCenter() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        byte[] body = exchange.getRequestBody().readAllBytes();
        try {
            switch (path) {
                case "/client/register" -> register(exchange);
                case "/device_authorization" -> deviceAuthorization(exchange, body);
                case "/token" -> token(exchange, body);
                case "/assignment/accounts" -> accounts(exchange);
                case "/assignment/roles" -> roles(exchange);
                case "/federation/credentials" -> credentials(exchange);
                default -> send(exchange, 404, Json.mapper().createObjectNode().put("message", "no such path"), null);
            }
        } catch (RuntimeException e) {
            send(exchange, 500, Json.mapper().createObjectNode().put("message", e.toString()), "InternalServerException");
        }
    }

    private void register(HttpExchange exchange) throws IOException {
        ObjectNode response = Json.mapper().createObjectNode();
        response.put("clientId", "client-id").put("clientSecret", "client-secret")
                .put("clientIdIssuedAt", System.currentTimeMillis() / 1000)
                .put("clientSecretExpiresAt", System.currentTimeMillis() / 1000 + 90 * 24 * 3600);
        send(exchange, 200, response, null);
    }

    private void deviceAuthorization(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode request = Json.mapper().readTree(body);
        if (!"client-secret".equals(request.path("clientSecret").asText())) {
            send(exchange, 400, oauthError("invalid_client"), "InvalidClientException");
            return;
        }
        ObjectNode response = Json.mapper().createObjectNode();
        response.put("deviceCode", "device-code").put("userCode", "WDJB-MJHT")
                .put("verificationUri", "https://device.sso.example/")
                .put("verificationUriComplete", "https://device.sso.example/?user_code=WDJB-MJHT")
                .put("expiresIn", 600).put("interval", 1);
        send(exchange, 200, response, null);
    }

    private void token(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode request = Json.mapper().readTree(body);
        if ("refresh_token".equals(request.path("grantType").asText())) {
            send(exchange, 200, tokenResponse(), null);
            return;
        }
        if (slowDownPolls > 0) {
            slowDownPolls--;
            send(exchange, 400, oauthError("slow_down"), "SlowDownException");
        } else if (pendingPolls > 0) {
            pendingPolls--;
            send(exchange, 400, oauthError("authorization_pending"), "AuthorizationPendingException");
        } else if (outcome == Outcome.EXPIRE) {
            send(exchange, 400, oauthError("expired_token"), "ExpiredTokenException");
        } else if (outcome == Outcome.DENY) {
            send(exchange, 400, oauthError("access_denied"), "AccessDeniedException");
        } else {
            send(exchange, 200, tokenResponse(), null);
        }
    }

    private static ObjectNode tokenResponse() {
        return Json.mapper().createObjectNode().put("accessToken", ACCESS_TOKEN).put("tokenType", "Bearer")
                .put("expiresIn", 28800).put("refreshToken", REFRESH_TOKEN);
    }

    private void accounts(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        Map<String, String> query = query(exchange);
        List<Map.Entry<String, String>> all = new ArrayList<>(accounts.entrySet());
        int start = Integer.parseInt(query.getOrDefault("next_token", "0"));
        int end = Math.min(all.size(), start + accountsPageSize);
        ObjectNode response = Json.mapper().createObjectNode();
        ArrayNode list = response.putArray("accountList");
        all.subList(start, end).forEach(entry -> list.addObject().put("accountId", entry.getKey())
                .put("accountName", entry.getValue()).put("emailAddress", entry.getValue() + "@example.com"));
        if (end < all.size()) {
            response.put("nextToken", Integer.toString(end));
        }
        send(exchange, 200, response, null);
    }

    private void roles(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        String account = query(exchange).get("account_id");
        ObjectNode response = Json.mapper().createObjectNode();
        ArrayNode list = response.putArray("roleList");
        roles.getOrDefault(account, List.of()).forEach(role -> list.addObject().put("roleName", role).put("accountId", account));
        send(exchange, 200, response, null);
    }

    private void credentials(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        Map<String, String> query = query(exchange);
        if (!roles.getOrDefault(query.get("account_id"), List.of()).contains(query.get("role_name"))) {
            send(exchange, 404, Json.mapper().createObjectNode().put("message", "no such role"), "ResourceNotFoundException");
            return;
        }
        ObjectNode response = Json.mapper().createObjectNode();
        // The first issue keeps the documented example id; later ones are numbered, so a refresh shows.
        int number = issued.incrementAndGet();
        response.putObject("roleCredentials").put("accessKeyId", number == 1 ? "ASIAEXAMPLE" : "ASIAEXAMPLE" + number)
                .put("secretAccessKey", "secret-key").put("sessionToken", "session-token")
                .put("expiration", System.currentTimeMillis() + credentialsLifetimeMillis);
        send(exchange, 200, response, null);
    }

    private boolean authorized(HttpExchange exchange) throws IOException {
        if (!ACCESS_TOKEN.equals(exchange.getRequestHeaders().getFirst("x-amz-sso_bearer_token"))) {
            send(exchange, 401, Json.mapper().createObjectNode().put("message", "invalid token"), "UnauthorizedException");
            return false;
        }
        return true;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static ObjectNode oauthError(String code) {
        return Json.mapper().createObjectNode().put("error", code).put("error_description", code.replace('_', ' '));
    }

    private static void send(HttpExchange exchange, int status, JsonNode body, String errorType) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (errorType != null) {
            exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
