package dev.dtu.twins.slack.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare WebSocket client (the JDK's) that keeps what the twin sends, to check Socket Mode frame by frame, and
 * counts the twin's pings and the pongs to its own.
 */
final class SocketClient implements AutoCloseable {
    final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
    final AtomicInteger pingsReceived = new AtomicInteger();
    final AtomicInteger pongsReceived = new AtomicInteger();
    private final WebSocket socket;

    SocketClient(String url) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(url), new Listener()).join();
    }

    /** The next message, or fails after a few seconds. */
    JsonNode next() {
        try {
            JsonNode m = received.poll(5, TimeUnit.SECONDS);
            if (m == null) {
                throw new AssertionError("no message from the twin within 5 s");
            }
            return m;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next message within {@code millis}, or null. */
    JsonNode poll(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    /**
     * Sends a frame the server may refuse while it is still being written: the server closing the socket mid-frame
     * (its 1009 for an oversized frame) fails the write with "closed output", which is not the test's concern.
     */
    void sendRefusable(String text) {
        socket.sendText(text, true).exceptionally(e -> null);
    }

    void ack(JsonNode envelope, String payloadJson) {
        send("{\"envelope_id\":\"" + envelope.get("envelope_id").asText() + "\""
                + (payloadJson == null ? "" : ",\"payload\":" + payloadJson) + "}");
    }

    /** A ping, sent even if the server is closing the socket (a flood's close races the next ping). */
    void ping() {
        socket.sendPing(ByteBuffer.wrap(new byte[] {'p'})).exceptionally(e -> null).join();
    }

    /** Waits up to 10 s until {@code n} pongs came back, and checks they did. */
    void awaitPongs(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pongsReceived.get() < n && !closedWith.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (pongsReceived.get() != n) {
            throw new AssertionError("pongs: expected " + n + " but got " + pongsReceived.get() + "; closed with "
                    + closedWith.getNow(null));
        }
    }

    boolean isOpen() {
        return !socket.isInputClosed() && !closedWith.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(Json.parse(partial.toString().getBytes(StandardCharsets.UTF_8)));
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
            pingsReceived.incrementAndGet();
            return WebSocket.Listener.super.onPing(ws, message);
        }

        @Override
        public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
            pongsReceived.incrementAndGet();
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closedWith.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closedWith.complete(-1);
        }
    }
}
