package dev.dtu.twins.slack.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import dev.dtu.server.universe.Settings;
import dev.dtu.server.universe.Universes;
import dev.dtu.twins.slack.SlackFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode's keep-alive keeps the universe's time, as the app's clock does when the engine runs it under
 * libfaketime: the twin pings every 10 s of universe time, and the server's ping-flood guard (300 pings a minute)
 * counts its minute on the universe's clock, so an app whose clock runs K times as fast and pings K times as often
 * in real time is neither left without pings nor cut off.
 */
class SocketModeClockTest {

    private static SlackFixture universeAt(double scale) {
        SlackFixture slack = SlackFixture.universe();
        SlackFixture.server().universes().setSettings(slack.universeId, new Settings(false, 0.001, 10_000));
        HttpResponse<String> on = slack.admin("PUT", "/app", Map.of("socketMode", true));
        assertEquals(200, on.statusCode(), on.body());
        SlackFixture.server().universes().setClock(slack.universeId, new Universes.ClockChange(scale, null, null));
        return slack;
    }

    private static Pinged connect(SlackFixture slack) {
        AppsConnectionsOpenResponse open;
        try {
            open = slack.sdk.methods(slack.slack.get("appToken").asText()).appsConnectionsOpen(r -> r);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertTrue(open.isOk(), open.getError());
        return new Pinged(open.getUrl());
    }

    @Test
    void theTwinPingsEveryTenSecondsOfTheUniversesTime() throws Exception {
        SlackFixture slack = universeAt(1000); // ten universe seconds pass in 10 ms
        try (Pinged app = connect(slack)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (app.pingsReceived.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(app.pingsReceived.get() >= 3, "pings in 5 s of real time (5,000 s of the universe's): "
                    + app.pingsReceived.get());
        }
    }

    @Test
    void aMinuteOfPingsIsAMinuteOfTheUniversesTime() throws Exception {
        SlackFixture slack = universeAt(1000); // a universe minute is 60 ms
        try (Pinged app = connect(slack)) {
            for (int i = 0; i < 400; i++) { // well over 300 in a real minute, never near 300 in a universe minute
                app.ping();
                Thread.sleep(1);
            }
            app.awaitPongs(400);
            assertFalse(app.closedWith.isDone(), "closed with " + app.closedWith.getNow(null));
        }
    }

    @Test
    void aFloodOfPingsStillClosesTheSocketWithPolicyViolation() throws Exception {
        SlackFixture slack = universeAt(1);
        try (Pinged app = connect(slack)) {
            for (int i = 0; i < 400 && !app.closedWith.isDone(); i++) {
                app.ping();
            }
            assertEquals(1008, app.closedWith.get(5, TimeUnit.SECONDS));
        }
    }

    /** An app's socket that counts the twin's pings and its own pongs. */
    private static final class Pinged implements WebSocket.Listener, AutoCloseable {
        final AtomicInteger pingsReceived = new AtomicInteger();
        final AtomicInteger pongsReceived = new AtomicInteger();
        final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
        private final WebSocket socket;

        Pinged(String url) {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), this).join();
        }

        void ping() {
            socket.sendPing(ByteBuffer.wrap(new byte[] {'p'})).exceptionally(e -> null).join();
        }

        void awaitPongs(int n) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (pongsReceived.get() < n && !closedWith.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(n, pongsReceived.get(), "pongs; closed with " + closedWith.getNow(null));
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

        @Override
        public void close() {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
            }
            socket.abort();
        }
    }
}
