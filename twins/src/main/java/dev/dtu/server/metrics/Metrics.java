package dev.dtu.server.metrics;

import dev.dtu.server.universe.Universe;
import dev.dtu.server.universe.UniverseEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The server's Prometheus metrics: requests by twin, operation and status; latency; universes. */
public final class Metrics implements UniverseEvents {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger live = registry.gauge("dtu_universes_live", new AtomicInteger());
    private final Counter snapshots = Counter.builder("dtu_snapshots").description("Snapshots taken").register(registry);
    private final Counter forks = Counter.builder("dtu_forks").description("Universes forked").register(registry);
    private final Counter restores = Counter.builder("dtu_restores").description("Restores and resets").register(registry);

    private record RequestKey(String twin, String operation, int status) {}

    /** Registered timers by key: building and registering a Timer on every request costs more than the request. */
    private final Map<RequestKey, Timer> timers = new ConcurrentHashMap<>();

    public void request(String twin, String operation, int status, long nanos) {
        timers.computeIfAbsent(new RequestKey(twin, operation, status), this::timer).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(RequestKey key) {
        String twin = key.twin();
        String operation = key.operation();
        int status = key.status();
        return Timer.builder("dtu_requests")
                .description("Requests served by the twins")
                .tag("twin", twin)
                .tag("operation", operation)
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(50_000))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void created(Universe universe) {
        live.incrementAndGet();
    }

    @Override
    public void deleted(Universe universe) {
        live.decrementAndGet();
    }

    @Override
    public void snapshotted(Universe universe) {
        snapshots.increment();
    }

    @Override
    public void forked(Universe universe) {
        forks.increment();
        live.incrementAndGet();
    }

    @Override
    public void restored(Universe universe) {
        restores.increment();
    }
}
