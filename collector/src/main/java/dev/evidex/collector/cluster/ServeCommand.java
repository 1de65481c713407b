package dev.evidex.collector.cluster;

import dev.evidex.collector.aws.AwsSettings;
import dev.evidex.collector.cluster.http.Authenticator;
import dev.evidex.collector.cluster.http.TlsContexts;
import dev.evidex.collector.cluster.ingest.AdmissionPolicy;
import dev.evidex.collector.cluster.seal.Sealer;
import dev.evidex.collector.cluster.spool.Spool;
import dev.evidex.collector.keys.SigningKeys;
import dev.evidex.collector.s3.Retention;
import dev.evidex.collector.s3.S3Clients;
import dev.evidex.collector.s3.S3Location;
import dev.evidex.collector.s3.S3ObjectStore;
import dev.evidex.verification.cli.ExitCodes;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.PublicKeys;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.store.LocalStore;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evidex-collector serve}: the admission ledger and external data provider in the cluster. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Receives Kubernetes audit events (POST /k8s-audit) and Gatekeeper logs (POST /gatekeeper), spools them",
            "durably (a request is acknowledged only after fsync) and seals them into the log cluster-NAME every",
            "interval or N records. With --pipeline-key it also answers Gatekeeper external data requests",
            "(POST /provider) from the evidence store. /healthz, /readyz and /metrics (Prometheus) need no credentials.",
            "Runs until SIGTERM, then stops taking requests and seals everything spooled before it exits."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean shutdown (everything spooled was sealed)", "1:could not start or keep running",
            "2:usage or configuration error"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cluster", required = true, paramLabel = "NAME", description = "Cluster name; records go to log cluster-NAME.")
    String cluster;

    @Option(names = "--store", required = true, paramLabel = "DIR|s3://BUCKET/PREFIX",
            description = "Evidence store: a local directory or an S3 prefix (Object Lock COMPLIANCE).")
    String store;

    @Option(names = "--signing-key", required = true, paramLabel = "KEY",
            description = "Seal signing key: file:KEY.pem or awskms:///alias/NAME.")
    String signingKey;

    @Option(names = "--retention-years", paramLabel = "N",
            description = "S3 Object Lock retention in years, at least 6 (default: ${DEFAULT-VALUE}).")
    int retentionYears = 7;

    @Option(names = "--spool", required = true, paramLabel = "DIR",
            description = "Spool directory (a persistent volume); S3 stores stage interrupted batches in DIR/staging.")
    Path spoolDirectory;

    @Option(names = "--listen", paramLabel = "HOST:PORT", description = "HTTPS address (default: ${DEFAULT-VALUE}).")
    String listen = "0.0.0.0:8443";

    @Option(names = "--insecure-listen", paramLabel = "HOST:PORT",
            description = "Plain HTTP on a loopback address instead of HTTPS (tests and local runs only).")
    String insecureListen;

    @Option(names = "--tls-cert", paramLabel = "FILE", description = "PEM certificate chain for HTTPS.")
    Path tlsCertificate;

    @Option(names = "--tls-key", paramLabel = "FILE", description = "PEM PKCS#8 private key for HTTPS.")
    Path tlsKey;

    @Option(names = "--client-ca", paramLabel = "FILE", description = "PEM CA: accept client certificates it issued.")
    Path clientCa;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Accepted bearer tokens, one per line.")
    Path tokenFile;

    @Option(names = "--batch-max-records", paramLabel = "N", description = "Seal when N records wait (default: ${DEFAULT-VALUE}).")
    int batchMaxRecords = 10_000;

    @Option(names = "--batch-interval", paramLabel = "DURATION", description = "Seal at least this often (default: ${DEFAULT-VALUE}).")
    Duration batchInterval = Duration.ofSeconds(1);

    @Option(names = "--spool-max-bytes", paramLabel = "BYTES", description = "Unsealed bytes before answering 503 (default: ${DEFAULT-VALUE}).")
    long spoolMaxBytes = 1L << 30;

    @Option(names = "--spool-segment-bytes", paramLabel = "BYTES", description = "Spool segment size (default: ${DEFAULT-VALUE}).")
    long segmentBytes = 64L << 20;

    @Option(names = "--dedup-window", paramLabel = "N", description = "Recent event keys remembered for deduplication (default: ${DEFAULT-VALUE}).")
    int dedupWindow = 250_000;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES", description = "Largest request body; more is 413 (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes = 16L << 20;

    @Option(names = "--threads", paramLabel = "N", description = "Request threads (default: ${DEFAULT-VALUE}).")
    int threads = 64;

    @Option(names = "--record-resources", split = ",", paramLabel = "RESOURCE",
            description = "Audited resources recorded as admissions (default: pods and workload controllers).")
    List<String> recordResources = new ArrayList<>(AdmissionPolicy.DEFAULT_RESOURCES);

    @Option(names = "--record-verbs", split = ",", paramLabel = "VERB", description = "Audited verbs recorded (default: create,update,patch).")
    List<String> recordVerbs = new ArrayList<>(AdmissionPolicy.DEFAULT_VERBS);

    @Option(names = "--record-stages", split = ",", paramLabel = "STAGE", description = "Audit stages recorded (default: ResponseComplete,Panic).")
    List<String> recordStages = new ArrayList<>(AdmissionPolicy.DEFAULT_STAGES);

    @Option(names = "--pipeline-key", paramLabel = "FILE",
            description = "PEM public key of the CI image-signing key; enables POST /provider (repeatable).")
    List<Path> pipelineKeys = new ArrayList<>();

    @Option(names = "--trusted-keys", paramLabel = "PATH",
            description = "Seal keys (key archive .json or PEM, file or directory) the provider trusts records under.")
    Path trustedKeys;

    @Option(names = "--provider-refresh", paramLabel = "DURATION", description = "Provider index refresh period (default: ${DEFAULT-VALUE}).")
    Duration providerRefresh = Duration.ofSeconds(10);

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ServerSettings settings;
        try {
            settings = settings();
        } catch (ConfigurationException | KeyFormatException | GeneralSecurityException | IOException
                | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        CollectorServer server;
        try {
            server = CollectorServer.start(settings, Clock.systemUTC(), err);
        } catch (IOException e) {
            err.println("error: cannot start: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("listening on %s://%s:%d (log %s, spool %s)%n", settings.tls().isPresent() ? "https" : "http",
                server.address().getHostString(), server.address().getPort(), settings.log(), server.spoolId());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                err.println("error: during shutdown: " + e.getMessage());
            } finally {
                err.flush();
                stopped.countDown();
            }
        }, "evidex-shutdown"));
        stopped.await();
        return ExitCodes.OK;
    }

    private ServerSettings settings() throws ConfigurationException, IOException, KeyFormatException, GeneralSecurityException {
        String log = "cluster-" + cluster;
        if (!StoreKeys.isValidLogName(log)) {
            throw new ConfigurationException("--cluster '" + cluster + "': use a-z, 0-9, '.', '_', '-' (log " + log + ")");
        }
        OpenedStore opened = openStore();
        Signer signer = SigningKeys.resolve(signingKey);
        InetSocketAddress address = address(insecureListen != null ? insecureListen : listen);
        if (address.isUnresolved()) {
            throw new ConfigurationException("cannot resolve the host of " + (insecureListen != null ? insecureListen : listen));
        }
        if (insecureListen != null && !address.getAddress().isLoopbackAddress()) {
            throw new ConfigurationException("--insecure-listen must be a loopback address, not " + insecureListen);
        }
        Optional<javax.net.ssl.SSLContext> tls = Optional.empty();
        if (insecureListen == null) {
            if (tlsCertificate == null || tlsKey == null) {
                throw new ConfigurationException("HTTPS needs --tls-cert and --tls-key (or --insecure-listen for loopback tests)");
            }
            tls = Optional.of(TlsContexts.server(tlsCertificate, tlsKey, Optional.ofNullable(clientCa)));
        } else if (clientCa != null) {
            throw new ConfigurationException("--client-ca needs HTTPS; it cannot be used with --insecure-listen");
        }
        Authenticator authenticator = new Authenticator(
                tokenFile == null ? List.of() : Authenticator.readTokenFile(tokenFile), clientCa != null);
        return new ServerSettings(address, tls, clientCa != null, authenticator, cluster, log, opened.objects(),
                opened.staging(), signer,
                new Spool.Options(spoolDirectory, spoolMaxBytes, segmentBytes, dedupWindow),
                new Sealer.Settings(batchMaxRecords, batchInterval, Duration.ofSeconds(30), dedupWindow),
                new AdmissionPolicy(Set.copyOf(recordResources), Set.copyOf(recordVerbs), Set.copyOf(recordStages)),
                maxBodyBytes, threads, provider());
    }

    private record OpenedStore(ObjectStore objects, Path staging) {}

    /** A local directory, or an S3 prefix whose interrupted batches are staged beside the spool. */
    private OpenedStore openStore() throws ConfigurationException, IOException {
        if (S3Location.isS3(store)) {
            S3Location location = S3Location.parse(store).orElseThrow(() -> new ConfigurationException(
                    "--store '" + store + "' is not a valid s3://BUCKET/PREFIX"));
            Retention retention;
            try {
                retention = new Retention(retentionYears);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("--retention-years: " + e.getMessage());
            }
            S3ObjectStore objects = new S3ObjectStore(S3Clients.create(new AwsSettings(System.getenv()), Optional.empty(),
                    List.of()), location, retention, Clock.systemUTC());
            return new OpenedStore(objects, spoolDirectory.resolve("staging"));
        }
        LocalStore local = LocalStore.open(Path.of(store));
        return new OpenedStore(local.objects(), local.root().resolve(LocalStore.STAGING));
    }

    private Optional<ServerSettings.Provider> provider() throws ConfigurationException, IOException, KeyFormatException {
        if (pipelineKeys.isEmpty()) {
            return Optional.empty();
        }
        if (trustedKeys == null) {
            throw new ConfigurationException("--pipeline-key needs --trusted-keys: the provider believes only sealed records");
        }
        List<String> ids = new ArrayList<>();
        for (Path key : pipelineKeys) {
            ids.add(PublicKeys.keyId(PublicKeys.parsePem(Files.readString(key, StandardCharsets.US_ASCII))));
        }
        return Optional.of(new ServerSettings.Provider(TrustedKeys.load(trustedKeys), Set.copyOf(ids), providerRefresh));
    }

    static InetSocketAddress address(String hostAndPort) throws ConfigurationException {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon < 1) {
            throw new ConfigurationException("'" + hostAndPort + "' is not HOST:PORT");
        }
        String host = hostAndPort.substring(0, colon).replace("[", "").replace("]", "");
        try {
            int port = Integer.parseInt(hostAndPort.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw new ConfigurationException("port out of range in '" + hostAndPort + "'");
            }
            return new InetSocketAddress(host, port);
        } catch (NumberFormatException e) {
            throw new ConfigurationException("'" + hostAndPort + "' has no numeric port");
        }
    }

    /** A configuration problem, reported with exit code 2. */
    static final class ConfigurationException extends Exception {
        private static final long serialVersionUID = 1L;

        ConfigurationException(String message) {
            super(message);
        }
    }
}
