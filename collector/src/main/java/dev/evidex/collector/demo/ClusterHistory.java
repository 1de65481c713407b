package dev.evidex.collector.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.store.LogAppender;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * One cluster's admission ledger: Gatekeeper decisions on the deployments CI made (unsigned images
 * denied in production, merely audited in staging) plus the cluster's own traffic, one batch per day.
 */
final class ClusterHistory {
    private static final int MAX_BATCH = 1000;
    private static final String[] THIRD_PARTY = {"docker.io/library/redis:7.2", "docker.io/library/nginx:1.25",
        "docker.io/bitnami/postgresql:16", "quay.io/prometheus/node-exporter:v1.8.1"};

    private final String cluster;
    private final boolean production;
    private final LogAppender appender;
    private final SettableClock clock;
    private final Random random;
    private final SealKeyEvents keyEvents;
    private final DemoGenerator.Progress progress;
    private long written;
    private int keyEventsAdded;

    ClusterHistory(String cluster, ObjectStore store, Path staging, DemoKeys keys, long seed, DemoGenerator.Progress progress) {
        this.cluster = cluster;
        this.production = !cluster.startsWith("staging");
        this.clock = new SettableClock(Instant.EPOCH);
        this.appender = new LogAppender(store, "cluster." + cluster, keys.rotatingSigner(clock), clock, staging);
        this.random = new Random(seed ^ cluster.hashCode());
        this.keyEvents = new SealKeyEvents(keys, "cluster");
        this.progress = progress;
    }

    long written() {
        return written;
    }

    /** Seals the admissions of {@code deploys} (this cluster's) and {@code extra} cluster events. */
    void generate(List<DeployEvent> deploys, long extra, long quota, Instant start, Instant end)
            throws IOException, StoreException {
        List<ObjectNode> events = new ArrayList<>();
        for (DeployEvent deploy : deploys) {
            events.add(admission(deploy));
        }
        long span = Math.max(1, end.getEpochSecond() - start.getEpochSecond());
        for (long i = 0; i < extra; i++) {
            events.add(clusterEvent(start.plusSeconds((long) (random.nextDouble() * span))));
        }
        events.sort(Comparator.comparing(event -> event.path("time").asText()));
        if (events.size() > quota) {
            events = new ArrayList<>(events.subList(0, (int) quota));
        }
        seal(events, quota);
    }

    /**
     * Seals one batch per day. A key event counts towards the quota like any record: when the quota
     * is full, the newest event not yet sealed gives way to it.
     */
    private void seal(List<ObjectNode> events, long quota) throws IOException, StoreException {
        List<ObjectNode> batch = new ArrayList<>();
        String day = null;
        for (int i = 0; i < events.size(); i++) {
            ObjectNode event = events.get(i);
            String eventDay = event.path("time").asText().substring(0, 10);
            if (!batch.isEmpty() && (!eventDay.equals(day) || batch.size() >= MAX_BATCH)) {
                flush(batch, events, quota);
            }
            day = eventDay;
            batch.add(event);
        }
        if (!batch.isEmpty()) {
            flush(batch, events, quota);
        }
    }

    private void flush(List<ObjectNode> batch, List<ObjectNode> events, long quota) throws IOException, StoreException {
        Instant last = Instant.parse(batch.get(batch.size() - 1).path("time").asText());
        clock.set(last.plusSeconds(1));
        Optional<ObjectNode> keyEvent = keyEvents.before(clock.instant());
        if (keyEvent.isPresent()) {
            keyEventsAdded++;
            if (events.size() + keyEventsAdded > quota) {
                ObjectNode newest = events.remove(events.size() - 1);
                batch.remove(newest);
            }
            batch.add(0, keyEvent.get());
        }
        appender.append(batch);
        progress.sealed(batch.size());
        written += batch.size();
        batch.clear();
    }

    private ObjectNode admission(DeployEvent deploy) {
        ObjectNode record = base(deploy.time(), deploy.environment());
        record.put("service", deploy.service());
        record.put("image", deploy.image());
        record.put("digest", deploy.digest());
        record.put("user", "system:serviceaccount:argocd:argocd-application-controller");
        record.put("resource", "deployments/" + deploy.service());
        if (!deploy.signed() && production) {
            deny(record, "K8sRequireCosignSignature", "require-cosign-signature", "image " + deploy.image() + "@"
                    + deploy.digest() + " has no valid Cosign signature from a trusted key");
        } else {
            allow(record);
            if (!deploy.signed()) {
                record.put("constraint_kind", "K8sRequireCosignSignature");
                record.put("constraint_name", "require-cosign-signature");
                record.with("detail").put("enforcement_action", "dryrun");
            }
        }
        record.with("detail").put("signed", deploy.signed()).put("sbom", deploy.hasSbom());
        return record;
    }

    /** Traffic CI did not cause: third-party images, pods rescheduled, policy violations. */
    private ObjectNode clusterEvent(Instant time) {
        String environment = production ? "production" : "staging";
        ObjectNode record = base(time, environment);
        int kind = random.nextInt(10);
        if (kind < 4) {
            String image = THIRD_PARTY[random.nextInt(THIRD_PARTY.length)];
            record.put("image", image);
            record.put("digest", "sha256:" + hex());
            record.put("user", "system:serviceaccount:kube-system:replicaset-controller");
            record.put("resource", "pods/" + image.substring(image.lastIndexOf('/') + 1, image.indexOf(':', image.lastIndexOf('/')))
                    + "-" + hex().substring(0, 5));
            allow(record);
            record.with("detail").put("signed", false).put("sbom", false);
        } else if (kind < 7) {
            record.put("user", "jdoe@acme-health.example");
            record.put("resource", "deployments/debug-" + hex().substring(0, 4));
            deny(record, "K8sRequiredLabels", "require-phi-classification-label",
                    "you must provide labels: {\"phi-classification\", \"owner\"}");
        } else if (kind < 9) {
            record.put("user", "system:serviceaccount:kube-system:replicaset-controller");
            record.put("resource", "pods/worker-" + hex().substring(0, 8));
            allow(record);
        } else {
            record.put("user", "ops-breakglass@acme-health.example");
            record.put("resource", "pods/netshoot-" + hex().substring(0, 5));
            deny(record, "K8sPSPPrivilegedContainer", "deny-privileged-containers",
                    "Privileged container is not allowed: netshoot, securityContext: {\"privileged\": true}");
        }
        return record;
    }

    private ObjectNode base(Instant time, String environment) {
        ObjectNode record = Json.mapper().createObjectNode();
        record.put("stream", "admission");
        record.put("time", time.truncatedTo(ChronoUnit.MILLIS).toString());
        record.put("source_kind", "cluster");
        record.put("cluster", cluster);
        record.put("namespace", environment);
        record.put("environment", environment);
        record.put("operation", "CREATE");
        record.put("audit_id", uuid());
        return record;
    }

    private static void allow(ObjectNode record) {
        record.put("decision", "allowed");
        record.put("response_code", 200);
    }

    private static void deny(ObjectNode record, String kind, String name, String message) {
        record.put("decision", "denied");
        record.put("response_code", 403);
        record.put("constraint_kind", kind);
        record.put("constraint_name", name);
        record.put("reason", "admission webhook \"validation.gatekeeper.sh\" denied the request: [" + name + "] " + message);
        record.with("detail").put("enforcement_action", "deny");
    }

    private String uuid() {
        String hex = hex();
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-a" + hex.substring(17, 20)
                + "-" + hex.substring(20, 32);
    }

    private String hex() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Hashes.hex(bytes);
    }
}
