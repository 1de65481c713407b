package dev.evidex.collector.cluster;

import static java.util.Objects.requireNonNull;

import dev.evidex.collector.cluster.http.Authenticator;
import dev.evidex.collector.cluster.ingest.AdmissionPolicy;
import dev.evidex.collector.cluster.seal.Sealer;
import dev.evidex.collector.cluster.spool.Spool;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.store.ObjectStore;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;

/** Everything {@code serve} needs, resolved and checked by the command. */
public record ServerSettings(
        InetSocketAddress address,
        Optional<SSLContext> tls,
        boolean clientCertificates,
        Authenticator authenticator,
        String cluster,
        String log,
        ObjectStore store,
        Path staging,
        Signer signer,
        Spool.Options spool,
        Sealer.Settings sealing,
        AdmissionPolicy policy,
        long maxBodyBytes,
        int threads,
        Optional<Provider> provider) {

    /** The external data provider: which seal keys make records trustworthy, which keys sign images. */
    public record Provider(TrustedKeys sealKeys, Set<String> pipelineKeyIds, Duration refresh) {
        public Provider {
            requireNonNull(sealKeys, "sealKeys is null");
            pipelineKeyIds = Set.copyOf(pipelineKeyIds);
            requireNonNull(refresh, "refresh is null");
        }
    }

    public ServerSettings {
        requireNonNull(address, "address is null");
        requireNonNull(tls, "tls is null");
        requireNonNull(authenticator, "authenticator is null");
        requireNonNull(cluster, "cluster is null");
        requireNonNull(log, "log is null");
        requireNonNull(store, "store is null");
        requireNonNull(staging, "staging is null");
        requireNonNull(signer, "signer is null");
        requireNonNull(spool, "spool is null");
        requireNonNull(sealing, "sealing is null");
        requireNonNull(policy, "policy is null");
        requireNonNull(provider, "provider is null");
        if (maxBodyBytes < 1 || threads < 1) {
            throw new IllegalArgumentException("body limit and threads must be positive");
        }
    }
}
