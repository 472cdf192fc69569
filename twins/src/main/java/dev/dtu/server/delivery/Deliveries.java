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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends twins' events and webhooks to apps: asynchronously, retried on the statuses the delivery names or on a
 * timeout or failed connection, with the vendor's delays scaled by the universe's {@code retryDelayScale}, each
 * attempt journaled as a delivery.
 */
public final class Deliveries implements AutoCloseable {
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dtu-deliveries");
        t.setDaemon(true);
        return t;
    });

    public CompletableFuture<DeliveryResult> send(Universe universe, Delivery delivery) {
        CompletableFuture<DeliveryResult> done = new CompletableFuture<>();
        attempt(universe, delivery, 0, null, done);
        return done;
    }

    private void attempt(Universe universe, Delivery d, int attempt, String lastReason, CompletableFuture<DeliveryResult> done) {
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
            journal(universe, d, status, body, System.nanoTime() - start);
            if (status >= 200 && status < 300) {
                done.complete(new DeliveryResult(true, attempt + 1, status, body));
            } else if (attempt < d.retryDelays().size() && d.retries(status)) {
                String reason = error instanceof HttpTimeoutException ? "http_timeout"
                        : error != null ? "connection_failed" : "http_error";
                long delay = Math.round(d.retryDelays().get(attempt).toMillis() * universe.settings().retryDelayScale());
                scheduler.schedule(() -> attempt(universe, d, attempt + 1, reason, done), delay, TimeUnit.MILLISECONDS);
            } else {
                done.complete(new DeliveryResult(false, attempt + 1, status, body));
            }
        });
    }

    private static void journal(Universe u, Delivery d, int status, String responseBody, long nanos) {
        u.journal().append(new JournalEntry(0, u.clock().instant(), "delivery", d.twin(), d.event(), "POST",
                d.url(), "", status, nanos / 1e6,
                u.redactor().redact(new String(d.body(), StandardCharsets.UTF_8)), u.redactor().redact(responseBody)));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
