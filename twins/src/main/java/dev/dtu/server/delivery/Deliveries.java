package dev.dtu.server.delivery;

import dev.dtu.server.journal.JournalEntry;
import dev.dtu.server.universe.Universe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Sends twins' events and webhooks to apps: asynchronously, retried on the statuses the delivery names or on a
 * timeout or failed connection, with the vendor's delays scaled by the universe's {@code retryDelayScale}, each
 * attempt journaled as a delivery. Retries wait on the universe's clock ({@link Universe#wakeAfter}). A delivery with a {@link SocketRoute} goes over the WebSocket the app opened
 * (Slack's Socket Mode) instead of HTTP, with the same timeout, retries and journal. A restore or reset of the
 * universe ends the retries of what was sent before it (the next trajectory must not receive the last one's events).
 */
public final class Deliveries implements AutoCloseable {
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public CompletableFuture<DeliveryResult> send(Universe universe, Delivery delivery) {
        CompletableFuture<DeliveryResult> done = new CompletableFuture<>();
        attempt(universe, delivery, universe.generation(), 0, null, done);
        return done;
    }

    /** @param generation the universe's {@link Universe#generation} when the delivery was sent */
    private void attempt(Universe universe, Delivery d, long generation, int attempt, String lastReason,
                         CompletableFuture<DeliveryResult> done) {
        if (d.socket() != null) {
            overSocket(universe, d, generation, attempt, lastReason, done);
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(d.url()))
                .timeout(d.timeout())
                .header("Content-Type", d.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(d.body()));
        d.headers().forAttempt(attempt, lastReason).forEach(request::header);
        long start = System.nanoTime();
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            // sendAsync completes with a CompletionException around the cause (HttpTimeoutException, ConnectException)
            Throwable error = failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
            int status = error == null ? response.statusCode() : 0;
            String body = error == null ? response.body() : String.valueOf(error);
            journal(universe, d, "POST", status, body, System.nanoTime() - start);
            String reason = error instanceof HttpTimeoutException ? "http_timeout"
                    : error != null ? "connection_failed" : "http_error";
            settle(universe, d, generation, attempt, status, body, reason, done);
        });
    }

    /**
     * One attempt over the app's WebSocket: an acknowledgement counts as a 200 whose body is its payload; no
     * acknowledgement in time, or no socket open, counts as no answer (status 0) and is retried like one.
     */
    private void overSocket(Universe universe, Delivery d, long generation, int attempt, String lastReason,
                            CompletableFuture<DeliveryResult> done) {
        long start = System.nanoTime();
        d.socket().send(attempt, lastReason).orTimeout(d.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ack, failure) -> {
                    Throwable error = failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
                    int status = error == null ? 200 : 0;
                    String body = error == null ? ack : error instanceof SocketRoute.NoConnection
                            ? "no socket connection open" : "no acknowledgement within " + d.timeout().toMillis() + " ms";
                    journal(universe, d, "WS", status, body, System.nanoTime() - start);
                    String reason = error instanceof SocketRoute.NoConnection ? "connection_failed" : "http_timeout";
                    settle(universe, d, generation, attempt, status, body, reason, done);
                });
    }

    private void settle(Universe universe, Delivery d, long generation, int attempt, int status, String body,
                        String reason, CompletableFuture<DeliveryResult> done) {
        if (status >= 200 && status < 300) {
            done.complete(new DeliveryResult(true, attempt + 1, status, body));
        } else if (attempt < d.retryDelays().size() && d.retries(status)) {
            long delay = Math.round(d.retryDelays().get(attempt).toMillis() * universe.settings().retryDelayScale());
            // a retry is a timer of the universe: due by its clock, so a jump of the clock sends it
            universe.wakeAfter(Duration.ofMillis(delay), () -> {
                if (universe.generation() == generation) {
                    attempt(universe, d, generation, attempt + 1, reason, done);
                } else {
                    done.complete(new DeliveryResult(false, attempt + 1, status, "retries ended: the universe was "
                            + "restored or reset"));
                }
            });
        } else {
            done.complete(new DeliveryResult(false, attempt + 1, status, body));
        }
    }

    private static void journal(Universe u, Delivery d, String method, int status, String responseBody, long nanos) {
        u.journal().append(new JournalEntry(0, u.clock().instant(), "delivery", d.twin(), d.event(), method,
                d.url(), "", status, nanos / 1e6,
                u.redactor().redact(new String(d.body(), StandardCharsets.UTF_8)), u.redactor().redact(responseBody)));
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
