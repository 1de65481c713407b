package dev.evidex.collector.cluster.http;

import com.sun.net.httpserver.HttpHandler;
import dev.evidex.collector.cluster.metrics.Metrics;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code /healthz} (the process serves), {@code /readyz} (it can take events), {@code /metrics}. */
public final class HealthHandlers {
    private HealthHandlers() {}

    public static HttpHandler live() {
        return exchange -> {
            try (exchange) {
                Exchanges.text(exchange, 200, "text/plain; charset=utf-8", "ok\n");
            }
        };
    }

    /** Ready unless {@code notReady} names a reason (spool full or broken, sealer stopped). */
    public static HttpHandler ready(Supplier<Optional<String>> notReady) {
        return exchange -> {
            try (exchange) {
                Optional<String> reason = notReady.get();
                if (reason.isPresent()) {
                    Exchanges.text(exchange, 503, "text/plain; charset=utf-8", reason.get() + "\n");
                } else {
                    Exchanges.text(exchange, 200, "text/plain; charset=utf-8", "ready\n");
                }
            }
        };
    }

    public static HttpHandler metrics(Metrics metrics) {
        return exchange -> {
            try (exchange) {
                Exchanges.text(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.render());
            }
        };
    }
}
