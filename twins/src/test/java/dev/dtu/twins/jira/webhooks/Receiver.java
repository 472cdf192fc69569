package dev.dtu.twins.jira.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A webhook endpoint for tests: records every request; the first {@code failures} answers are 500. */
final class Receiver implements AutoCloseable {
    record Hit(Map<String, List<String>> headers, byte[] raw, JsonNode body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().getFirst())
                    .findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures;

    Receiver(int failures) {
        this.failures = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            hits.add(new Hit(Map.copyOf(exchange.getRequestHeaders()), raw, Json.parse(raw)));
            int status = this.failures.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Waits (polling, with a deadline) for a request matching {@code wanted}. */
    Hit await(Predicate<Hit> wanted) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (Hit h : hits) {
                if (wanted.test(h)) {
                    return h;
                }
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no matching delivery within 10 s; got " + hits.stream().map(Hit::body).toList());
    }

    Hit await(String event) {
        return await(h -> event.equals(h.body().path("webhookEvent").asText()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
