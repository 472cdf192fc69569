package dev.dtu.server.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.dtu.server.state.StateStore;
import dev.dtu.server.testing.NotesTwin;
import dev.dtu.server.universe.Settings;
import dev.dtu.server.universe.Universe;
import dev.dtu.server.universe.UniverseEvents;
import dev.dtu.server.universe.UniverseRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which failed attempts are tried again: by default any non-2xx; a delivery may name its own statuses. */
class DeliveriesTest {
    private final UniverseRegistry registry =
            new UniverseRegistry(List.of(new NotesTwin()), StateStore.NONE, () -> "http://127.0.0.1:1", UniverseEvents.NONE);
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer app;
    private int answer;
    private volatile long firstAnswerDelayMs;

    @BeforeEach
    void start() throws IOException {
        app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        app.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int n = requests.incrementAndGet();
            if (n == 1 && firstAnswerDelayMs > 0) {
                try {
                    Thread.sleep(firstAnswerDelayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(n == 1 ? answer : 200, -1);
            exchange.close();
        });
        app.setExecutor(Executors.newVirtualThreadPerTaskExecutor()); // a slow first answer does not hold up the retry
        app.start();
        Universe u = registry.require("default");
        registry.setSettings("default", new Settings(u.settings().rateLimits(), 0.0001, u.settings().journalLimit()));
    }

    @AfterEach
    void stop() {
        app.stop(0);
        registry.close();
    }

    private DeliveryResult deliver(int firstAnswer, Delivery delivery) throws Exception {
        answer = firstAnswer;
        return registry.require("default").deliveries().send(registry.require("default"), delivery).get(10, TimeUnit.SECONDS);
    }

    private Delivery delivery(java.util.function.Predicate<Integer> retryOn) {
        String url = "http://127.0.0.1:" + app.getAddress().getPort() + "/hook";
        return new Delivery("notes", "note", url, "application/json", "{}".getBytes(), (a, r) -> Map.of(),
                List.of(Duration.ofMillis(10), Duration.ofMillis(10)), Duration.ofSeconds(5), retryOn);
    }

    @Test
    void byDefaultAnyNon2xxIsRetried() throws Exception {
        Delivery d = delivery(Delivery.ANY_FAILURE);
        Delivery legacy = new Delivery(d.twin(), d.event(), d.url(), d.contentType(), d.body(), d.headers(), d.retryDelays(),
                d.timeout());
        DeliveryResult result = deliver(400, legacy);
        assertTrue(result.delivered());
        assertEquals(2, result.attempts());
        assertTrue(legacy.retries(404) && legacy.retries(302) && !legacy.retries(204));
    }

    @Test
    void aStatusOutsideTheRuleEndsTheDeliveryAtOnce() throws Exception {
        DeliveryResult result = deliver(400, delivery(Set.of(429, 503)::contains));
        assertFalse(result.delivered());
        assertEquals(1, result.attempts());
        assertEquals(400, result.status());
        assertEquals(1, requests.get());
    }

    @Test
    void aStatusInTheRuleIsRetried() throws Exception {
        DeliveryResult result = deliver(429, delivery(Set.of(429, 503)::contains));
        assertTrue(result.delivered());
        assertEquals(2, result.attempts());
    }

    @Test
    void aTimeoutIsRetriedWithTheReasonHttpTimeout() throws Exception {
        firstAnswerDelayMs = 600;
        List<String> reasons = new CopyOnWriteArrayList<>();
        Delivery d = delivery(Delivery.ANY_FAILURE);
        Delivery quick = new Delivery(d.twin(), d.event(), d.url(), d.contentType(), d.body(), (attempt, reason) -> {
            reasons.add(String.valueOf(reason));
            return Map.of();
        }, d.retryDelays(), Duration.ofMillis(200), d.retryOn());
        DeliveryResult result = deliver(200, quick);
        assertTrue(result.delivered());
        assertEquals(List.of("null", "http_timeout"), reasons);
    }

    @Test
    void noAnswerIsAlwaysRetried() {
        Delivery d = delivery(status -> false);
        assertTrue(d.retries(0), "a failed connection or timeout is retried whatever the rule");
        assertFalse(d.retries(500));
    }
}
