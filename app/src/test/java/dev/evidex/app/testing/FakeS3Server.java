package dev.evidex.app.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A local server speaking the read side of the S3 REST protocol (path-style GetObject, HeadObject,
 * ListObjectsV2 with prefix and delimiter) over a store folder published as {@code bucket/prefix/},
 * for the real SDK client with an endpoint override. Every write is refused, unless the server was
 * made {@link #writable}: then PutObject stores new objects (never replacing one) with the Object
 * Lock mode and retain-until date of the request, which HeadObject and GetObject return.
 */
public final class FakeS3Server implements AutoCloseable {
    private final HttpServer server;
    private final String bucket;
    private final String prefix;
    private final Path directory;
    private final Set<String> methods = ConcurrentHashMap.newKeySet();
    private final Set<String> accessKeyIds = ConcurrentHashMap.newKeySet();
    private final Map<String, ObjectLock> locks = new ConcurrentHashMap<>();
    private final boolean writable;

    /** An object's lock headers as they were put. */
    private record ObjectLock(String mode, String retainUntil) {}

    public FakeS3Server(String bucket, String prefix, Path directory) throws IOException {
        this(bucket, prefix, directory, false);
    }

    /** A server that also accepts PutObject of new objects into {@code directory}, keeping their Object Lock headers. */
    public static FakeS3Server writable(String bucket, String prefix, Path directory) throws IOException {
        return new FakeS3Server(bucket, prefix, directory, true);
    }

    private FakeS3Server(String bucket, String prefix, Path directory, boolean writable) throws IOException {
        this.writable = writable;
        this.bucket = bucket;
        this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        this.directory = directory;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The HTTP methods received (a read-only client sends GET and HEAD only). */
    public Set<String> methods() {
        return Set.copyOf(methods);
    }

    public Set<String> accessKeyIds() {
        return Set.copyOf(accessKeyIds);
    }

    /** Forgets the methods and access keys seen so far (for example those of a test's own upload). */
    public void forgetRequests() {
        methods.clear();
        accessKeyIds.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            methods.add(exchange.getRequestMethod());
            String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            int at = authorization.indexOf("Credential=");
            if (at >= 0) {
                accessKeyIds.add(authorization.substring(at + 11, authorization.indexOf('/', at)));
            }
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith("/" + bucket)) {
                error(exchange, 404, "NoSuchBucket");
            } else if (writable && exchange.getRequestMethod().equals("PUT") && path.length() > bucket.length() + 2) {
                put(exchange, path.substring(bucket.length() + 2));
            } else if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                error(exchange, 403, "AccessDenied");
            } else if (path.equals("/" + bucket) || path.equals("/" + bucket + "/")) {
                list(exchange, query(exchange));
            } else {
                object(exchange, path.substring(bucket.length() + 2));
            }
        }
    }

    private void object(HttpExchange exchange, String key) throws IOException {
        Path file = key.startsWith(prefix) ? directory.resolve(key.substring(prefix.length())).normalize() : null;
        if (file == null || !file.startsWith(directory) || !Files.isRegularFile(file)) {
            error(exchange, 404, "NoSuchKey");
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        ObjectLock lock = locks.get(key);
        if (lock != null) {
            exchange.getResponseHeaders().set("x-amz-object-lock-mode", lock.mode());
            exchange.getResponseHeaders().set("x-amz-object-lock-retain-until-date", lock.retainUntil());
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        send(exchange, 200, bytes);
    }

    private void put(HttpExchange exchange, String key) throws IOException {
        Path file = key.startsWith(prefix) ? directory.resolve(key.substring(prefix.length())).normalize() : null;
        if (file == null || !file.startsWith(directory) || file.equals(directory)) {
            error(exchange, 403, "AccessDenied");
            return;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentSha256 = String.valueOf(exchange.getRequestHeaders().getFirst("x-amz-content-sha256"));
        byte[] bytes = contentSha256.startsWith("STREAMING-") ? AwsChunked.decode(body) : body;
        Files.createDirectories(file.getParent());
        try {
            Files.write(file, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            error(exchange, 412, "PreconditionFailed");
            return;
        }
        String mode = exchange.getRequestHeaders().getFirst("x-amz-object-lock-mode");
        String until = exchange.getRequestHeaders().getFirst("x-amz-object-lock-retain-until-date");
        if (mode != null && until != null) {
            locks.put(key, new ObjectLock(mode, until));
        }
        exchange.getResponseHeaders().set("ETag", "\"fake\"");
        exchange.sendResponseHeaders(200, -1);
    }

    private void list(HttpExchange exchange, Map<String, String> query) throws IOException {
        String wanted = query.getOrDefault("prefix", "");
        String delimiter = query.getOrDefault("delimiter", "");
        StringBuilder contents = new StringBuilder();
        Set<String> folders = new TreeSet<>();
        int count = 0;
        for (String key : keys()) {
            if (!key.startsWith(wanted)) {
                continue;
            }
            int cut = delimiter.isEmpty() ? -1 : key.indexOf(delimiter, wanted.length());
            if (cut >= 0) {
                folders.add(key.substring(0, cut + delimiter.length()));
                continue;
            }
            count++;
            contents.append("<Contents><Key>").append(xml(key)).append("</Key><Size>")
                    .append(Files.size(directory.resolve(key.substring(prefix.length())))).append("</Size></Contents>");
        }
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>" + bucket + "</Name><Prefix>"
                + xml(wanted) + "</Prefix><KeyCount>" + (count + folders.size()) + "</KeyCount><MaxKeys>1000</MaxKeys>"
                + "<IsTruncated>false</IsTruncated>");
        body.append(contents);
        folders.forEach(folder -> body.append("<CommonPrefixes><Prefix>").append(xml(folder)).append("</Prefix></CommonPrefixes>"));
        body.append("</ListBucketResult>");
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        send(exchange, 200, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<String> keys() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> prefix + directory.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                values.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void error(HttpExchange exchange, int status, String code) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        send(exchange, status, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>"
                + code + "</Message><RequestId>fake</RequestId></Error>").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
