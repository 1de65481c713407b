package dev.evidex.collector.cluster;

import dev.evidex.collector.cluster.ingest.AuditEvents;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives audit EventLists at a collector over loopback like the API server's webhook backend:
 * several senders, each posting batches and waiting for the acknowledgement. Remembers exactly
 * which audit ids were acknowledged (2xx) and how long each acknowledgement took.
 */
public final class AuditLoad {
    private final URI endpoint;
    private final String token;
    private final int eventsPerRequest;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong nextId = new AtomicLong();
    private final String prefix;

    public AuditLoad(int port, String token, int eventsPerRequest, String prefix) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/k8s-audit");
        this.token = token;
        this.eventsPerRequest = eventsPerRequest;
        this.prefix = prefix;
    }

    /**
     * Runs {@code senders} threads until {@code deadlineNanos} or {@code maxEvents} are sent,
     * pacing to about {@code eventsPerSecond} in total (0: as fast as acknowledged).
     */
    public void run(int senders, long deadlineNanos, long maxEvents, int eventsPerSecond) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < senders; i++) {
            Thread thread = new Thread(() -> send(deadlineNanos, maxEvents, eventsPerSecond, started), "load-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void send(long deadlineNanos, long maxEvents, int eventsPerSecond, long started) {
        while (System.nanoTime() < deadlineNanos) {
            long first = nextId.getAndAdd(eventsPerRequest);
            if (first >= maxEvents) {
                return;
            }
            if (eventsPerSecond > 0) {
                long due = started + (long) (first * 1e9 / eventsPerSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
            }
            List<String> ids = new ArrayList<>(eventsPerRequest);
            List<String> events = new ArrayList<>(eventsPerRequest);
            for (long id = first; id < first + eventsPerRequest; id++) {
                String auditId = prefix + "-" + id;
                ids.add(auditId);
                events.add(AuditEvents.allowedPodCreate(auditId, "registry.example/app:1@sha256:" + "c".repeat(64)));
            }
            if (!post(AuditEvents.eventList(events), ids)) {
                return;
            }
        }
    }

    /** Posts one batch; false when the collector is gone (the sender stops). */
    public boolean post(String body, List<String> ids) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(endpoint)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                latencies.add(System.nanoTime() - started);
                acknowledged.addAll(ids);
            } else {
                failures.incrementAndGet();
            }
            return true;
        } catch (java.io.IOException e) {
            failures.incrementAndGet();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Set<String> acknowledged() {
        return acknowledged;
    }

    public long failures() {
        return failures.get();
    }

    /** The acknowledgement latency at a percentile (0-100), in milliseconds. */
    public double latencyMillis(double percentile) {
        List<Long> sorted = new ArrayList<>(latencies);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        sorted.sort(null);
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(percentile / 100 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    public int requests() {
        return latencies.size();
    }
}
