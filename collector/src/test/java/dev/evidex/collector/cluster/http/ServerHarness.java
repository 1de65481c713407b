package dev.evidex.collector.cluster.http;

import dev.evidex.collector.cluster.CollectorServer;
import dev.evidex.collector.cluster.ServerSettings;
import dev.evidex.collector.cluster.StoreContents.TestKey;
import dev.evidex.collector.cluster.ingest.AdmissionPolicy;
import dev.evidex.collector.cluster.seal.Sealer;
import dev.evidex.collector.cluster.spool.Spool;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.store.LocalStore;
import dev.evidex.verification.store.ObjectStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/** Builds in-process collectors for endpoint tests. */
final class ServerHarness {
    static final String TOKEN = "test-token-0123456789";

    private ServerHarness() {}

    static ServerSettings settings(Path directory, TestKey key, Optional<SSLContext> tls, boolean clientCertificates,
            long spoolMaxBytes, long maxBodyBytes, Optional<ServerSettings.Provider> provider) throws Exception {
        return settings(directory, key, tls, clientCertificates, spoolMaxBytes, maxBodyBytes, provider,
                LocalStore.open(directory.resolve("store")).objects());
    }

    static ServerSettings settings(Path directory, TestKey key, Optional<SSLContext> tls, boolean clientCertificates,
            long spoolMaxBytes, long maxBodyBytes, Optional<ServerSettings.Provider> provider, ObjectStore store) {
        Authenticator authenticator = new Authenticator(List.of(Hashes.sha256(TOKEN.getBytes(StandardCharsets.UTF_8))),
                clientCertificates);
        return new ServerSettings(new InetSocketAddress("127.0.0.1", 0), tls, clientCertificates, authenticator, "test",
                "cluster-test", store, directory.resolve("store").resolve(LocalStore.STAGING), key.signer(),
                new Spool.Options(directory.resolve("spool"), spoolMaxBytes, 1 << 20, 10_000),
                new Sealer.Settings(1000, Duration.ofMillis(100), Duration.ofMillis(500), 10_000),
                AdmissionPolicy.defaults(), maxBodyBytes, 8, provider);
    }

    static CollectorServer start(ServerSettings settings) throws Exception {
        return CollectorServer.start(settings, Clock.systemUTC(), new PrintWriter(new StringWriter(), true));
    }
}
