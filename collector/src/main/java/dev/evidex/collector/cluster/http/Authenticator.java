package dev.evidex.collector.cluster.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsExchange;
import dev.evidex.verification.merkle.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Bearer tokens (read from a file, one per line) and TLS client certificates. Tokens are kept
 * only as SHA-256 digests and compared in constant time against every configured token, so
 * neither timing nor a heap dump gives them away; they are never logged.
 */
public final class Authenticator {
    private static final String BEARER = "Bearer ";

    private final List<byte[]> tokenDigests;
    private final boolean clientCertificates;

    public Authenticator(List<byte[]> tokenDigests, boolean clientCertificates) {
        this.tokenDigests = List.copyOf(requireNonNull(tokenDigests, "tokenDigests is null"));
        this.clientCertificates = clientCertificates;
        if (this.tokenDigests.isEmpty() && !clientCertificates) {
            throw new IllegalArgumentException("no authentication configured: give --token-file or --client-ca");
        }
    }

    /** Reads a token file: one token per line, blank lines and {@code #} comments ignored. */
    public static List<byte[]> readTokenFile(Path file) throws IOException {
        List<byte[]> digests = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String token = line.strip();
            if (!token.isEmpty() && !token.startsWith("#")) {
                digests.add(Hashes.sha256(token.getBytes(StandardCharsets.UTF_8)));
            }
        }
        if (digests.isEmpty()) {
            throw new IOException(file + " holds no token");
        }
        return digests;
    }

    public boolean authenticated(HttpExchange exchange) {
        if (clientCertificates && exchange instanceof HttpsExchange https && hasVerifiedPeer(https)) {
            return true;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] presented = Hashes.sha256(header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
        boolean match = false;
        for (byte[] digest : tokenDigests) {
            match |= MessageDigest.isEqual(digest, presented);
        }
        return match;
    }

    /** The TLS layer verified the chain against the client CA; here it only matters that one was sent. */
    private static boolean hasVerifiedPeer(HttpsExchange exchange) {
        try {
            return exchange.getSSLSession().getPeerCertificates().length > 0;
        } catch (SSLPeerUnverifiedException e) {
            return false;
        }
    }
}
