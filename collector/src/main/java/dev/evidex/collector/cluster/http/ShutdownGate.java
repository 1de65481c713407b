package dev.evidex.collector.cluster.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Lets a shutdown wait for requests in flight: once closing, new requests get 503 (the sender
 * retries elsewhere or later) while those already inside finish and get their acknowledgement.
 */
public final class ShutdownGate extends Filter {
    private final Object lock = new Object();
    private int inFlight;
    private boolean closing;

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        synchronized (lock) {
            if (closing) {
                exchange.getResponseHeaders().set("Retry-After", "5");
                Exchanges.error(exchange, 503, "shutting down");
                exchange.close();
                return;
            }
            inFlight++;
        }
        try {
            chain.doFilter(exchange);
        } finally {
            synchronized (lock) {
                inFlight--;
                lock.notifyAll();
            }
        }
    }

    /** Refuses new requests and waits (bounded) until none is in flight. */
    public void closeAndDrain(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (lock) {
            closing = true;
            while (inFlight > 0) {
                long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (remaining <= 0) {
                    return;
                }
                lock.wait(remaining);
            }
        }
    }

    @Override
    public String description() {
        return "refuses new requests during shutdown and counts those in flight";
    }
}
