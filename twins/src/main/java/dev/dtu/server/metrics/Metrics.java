package dev.dtu.server.metrics;

import dev.dtu.server.universe.Universe;
import dev.dtu.server.universe.UniverseEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's Prometheus metrics: requests by twin, operation and status; latency; universes; the JVM and
 * the process (Micrometer's binders). Label values come from bounded sets only: each twin may name at most
 * {@link #OPERATIONS_PER_TWIN} operations; requests beyond them, and requests no route matched, count under
 * {@link #UNKNOWN}, so no request can add series without bound.
 */
public final class Metrics implements UniverseEvents, AutoCloseable {
    /** The operation label of a request no route of its twin matched. */
    public static final String UNKNOWN = "unknown";
    /** Most distinct operation labels one twin may use (Google's 200-odd routes fit with room to spare). */
    static final int OPERATIONS_PER_TWIN = 1_000;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger live = registry.gauge("dtu_universes_live", new AtomicInteger());
    private final Counter snapshots = Counter.builder("dtu_snapshots").description("Snapshots taken").register(registry);
    private final Counter forks = Counter.builder("dtu_forks").description("Universes forked").register(registry);
    private final Counter restores = Counter.builder("dtu_restores").description("Restores and resets").register(registry);

    private record RequestKey(String twin, String operation, int status) {}

    /** Registered timers by key: building and registering a Timer on every request costs more than the request. */
    private final Map<RequestKey, Timer> timers = new ConcurrentHashMap<>();
    /** The operation labels each twin has used so far. */
    private final Map<String, Set<String>> operations = new ConcurrentHashMap<>();
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    public void request(String twin, String operation, int status, long nanos) {
        String label = label(twin, operation);
        timers.computeIfAbsent(new RequestKey(twin, label, status), this::timer).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The operation's own name while its twin has room for another label, else {@link #UNKNOWN}. */
    private String label(String twin, String operation) {
        if (operation == null || operation.isEmpty()) {
            return UNKNOWN;
        }
        Set<String> used = operations.computeIfAbsent(twin, t -> ConcurrentHashMap.newKeySet());
        if (used.contains(operation)) {
            return operation;
        }
        synchronized (used) {
            if (used.size() >= OPERATIONS_PER_TWIN) {
                return UNKNOWN;
            }
            used.add(operation);
            return operation;
        }
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
    public void close() {
        gc.close();
        registry.close();
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
