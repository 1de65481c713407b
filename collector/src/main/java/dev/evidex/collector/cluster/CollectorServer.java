package dev.evidex.collector.cluster;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.evidex.collector.cluster.http.HealthHandlers;
import dev.evidex.collector.cluster.http.IngestHandler;
import dev.evidex.collector.cluster.http.ProviderHandler;
import dev.evidex.collector.cluster.http.ShutdownGate;
import dev.evidex.collector.cluster.ingest.AuditEventParser;
import dev.evidex.collector.cluster.ingest.ConstraintKinds;
import dev.evidex.collector.cluster.ingest.GatekeeperLogParser;
import dev.evidex.collector.cluster.metrics.Metrics;
import dev.evidex.collector.cluster.provider.EvidenceIndex;
import dev.evidex.collector.cluster.provider.ProviderService;
import dev.evidex.collector.cluster.seal.Sealer;
import dev.evidex.collector.cluster.spool.Spool;
import dev.evidex.verification.seal.SealVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLParameters;

/**
 * The running collector: spool, sealer, HTTP(S) endpoints and, when configured, the external
 * data provider. {@link #close()} is the graceful shutdown: stop taking requests, let those in
 * flight finish, then seal everything spooled.
 */
public final class CollectorServer implements AutoCloseable {
    private static final int SHUTDOWN_SEAL_SECONDS = 60;

    private final Spool spool;
    private final Sealer sealer;
    private final Thread sealerThread;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Optional<ScheduledExecutorService> refresher;
    private final Metrics metrics;
    private final ShutdownGate gate;

    private CollectorServer(Spool spool, Sealer sealer, HttpServer server, ExecutorService executor,
            Optional<ScheduledExecutorService> refresher, Metrics metrics, ShutdownGate gate) {
        this.spool = spool;
        this.sealer = sealer;
        this.sealerThread = new Thread(sealer, "evidex-sealer");
        this.server = server;
        this.executor = executor;
        this.refresher = refresher;
        this.metrics = metrics;
        this.gate = gate;
    }

    public static CollectorServer start(ServerSettings settings, Clock clock, PrintWriter err) throws IOException {
        // Bounds on slow clients (seconds); read by the JDK server when it is first created.
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "60"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "60"));
        Metrics metrics = new Metrics();
        Spool spool = Spool.open(settings.spool());
        Sealer sealer = new Sealer(spool, settings.store(), settings.staging(), settings.log(), settings.signer(), clock,
                settings.sealing(), metrics, err);
        sealer.recover();
        spool.start();
        HttpServer server = create(settings);
        ExecutorService executor = Executors.newFixedThreadPool(settings.threads(), named("evidex-http"));
        server.setExecutor(executor);
        ShutdownGate gate = new ShutdownGate();
        Optional<ScheduledExecutorService> refresher = routes(server, settings, spool, metrics, clock, gate);
        CollectorServer collector = new CollectorServer(spool, sealer, server, executor, refresher, metrics, gate);
        metrics.gauge("spool_pending_bytes", spool::pendingBytes);
        metrics.gauge("spool_queue_events", () -> Math.max(0, spool.lastSequence() - sealer.sealedThrough()));
        collector.readiness();
        collector.sealerThread.start();
        server.start();
        return collector;
    }

    private static HttpServer create(ServerSettings settings) throws IOException {
        if (settings.tls().isEmpty()) {
            return HttpServer.create(settings.address(), 1024);
        }
        HttpsServer server = HttpsServer.create(settings.address(), 1024);
        server.setHttpsConfigurator(new HttpsConfigurator(settings.tls().get()) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                // Wanted, not needed: kubelet probes and token clients connect without a certificate.
                ssl.setWantClientAuth(settings.clientCertificates());
                parameters.setSSLParameters(ssl);
            }
        });
        return server;
    }

    private static Optional<ScheduledExecutorService> routes(HttpServer server, ServerSettings settings, Spool spool,
            Metrics metrics, Clock clock, ShutdownGate gate) {
        ConstraintKinds kinds = new ConstraintKinds();
        AuditEventParser audit = new AuditEventParser(settings.cluster(), settings.policy(), kinds);
        GatekeeperLogParser gatekeeper = new GatekeeperLogParser(settings.cluster(), kinds, clock);
        server.createContext("/k8s-audit", new IngestHandler("k8s-audit", audit::parse, spool,
                settings.authenticator(), metrics, settings.maxBodyBytes())).getFilters().add(gate);
        server.createContext("/gatekeeper", new IngestHandler("gatekeeper", gatekeeper::parse, spool,
                settings.authenticator(), metrics, settings.maxBodyBytes())).getFilters().add(gate);
        server.createContext("/healthz", HealthHandlers.live());
        server.createContext("/metrics", HealthHandlers.metrics(metrics));
        if (settings.provider().isEmpty()) {
            return Optional.empty();
        }
        ServerSettings.Provider provider = settings.provider().get();
        EvidenceIndex index = new EvidenceIndex(settings.store(), new SealVerifier(provider.sealKeys()),
                provider.pipelineKeyIds());
        ProviderHandler.IndexRefresher onDemand = new ProviderHandler.IndexRefresher(index, 1_000);
        metrics.gauge("provider_logs_not_verifying", () -> index.problems().size());
        server.createContext("/provider", new ProviderHandler(new ProviderService(index, settings.cluster(), clock),
                onDemand, spool, settings.authenticator(), metrics)).getFilters().add(gate);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(named("evidex-index"));
        long period = Math.max(1, provider.refresh().toMillis());
        scheduler.scheduleWithFixedDelay(onDemand::refreshIfStale, 0, period, TimeUnit.MILLISECONDS);
        return Optional.of(scheduler);
    }

    /** Registered after start because readiness needs the running sealer thread. */
    private void readiness() {
        server.createContext("/readyz", HealthHandlers.ready(() -> {
            if (spool.broken().isPresent()) {
                return Optional.of("spool unusable: " + spool.broken().get());
            }
            if (!sealerThread.isAlive()) {
                return Optional.of("sealer stopped");
            }
            if (spool.full()) {
                return Optional.of("spool above its bound; the store is not keeping up");
            }
            return Optional.empty();
        }));
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public Metrics metrics() {
        return metrics;
    }

    public String spoolId() {
        return spool.id();
    }

    @Override
    public void close() throws IOException {
        refresher.ifPresent(ScheduledExecutorService::shutdownNow);
        try {
            gate.closeAndDrain(TimeUnit.SECONDS.toMillis(30));
            server.stop(0);
            executor.shutdown();
            executor.awaitTermination(30, TimeUnit.SECONDS);
            spool.close();
            sealer.stop();
            sealerThread.join(TimeUnit.SECONDS.toMillis(SHUTDOWN_SEAL_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
