package dev.dtu.server.delivery;

import java.util.concurrent.CompletableFuture;

/**
 * Where a delivery goes when the app takes it over a WebSocket it opened instead of at an HTTP URL (Slack's
 * Socket Mode). {@link Deliveries} still owns timeouts, retries and the journal.
 */
public interface SocketRoute {
    /** What the journal names as the destination. */
    String address();

    /**
     * Sends one attempt over one of the app's sockets. The future completes with the app's answer (its
     * acknowledgement's payload, "" when it had none); it fails at once when no socket is open.
     * {@link Deliveries} times it out.
     */
    CompletableFuture<String> send(int attempt, String lastFailureReason);

    /** Thrown (inside the future) when the app has no socket open. */
    final class NoConnection extends RuntimeException {
        public NoConnection() {
            super("no socket connection open", null, false, false);
        }
    }
}
