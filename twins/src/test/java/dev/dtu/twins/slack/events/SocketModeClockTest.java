package dev.dtu.twins.slack.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import dev.dtu.server.universe.Settings;
import dev.dtu.server.universe.Universes;
import dev.dtu.twins.slack.SlackFixture;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

    private static SocketClient connect(SlackFixture slack) {
        AppsConnectionsOpenResponse open;
        try {
            open = slack.sdk.methods(slack.slack.get("appToken").asText()).appsConnectionsOpen(r -> r);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertTrue(open.isOk(), open.getError());
        return new SocketClient(open.getUrl());
    }

    @Test
    void theTwinPingsEveryTenSecondsOfTheUniversesTime() throws Exception {
        SlackFixture slack = universeAt(1000); // ten universe seconds pass in 10 ms
        try (SocketClient app = connect(slack)) {
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
        try (SocketClient app = connect(slack)) {
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
        try (SocketClient app = connect(slack)) {
            for (int i = 0; i < 400 && !app.closedWith.isDone(); i++) {
                app.ping();
            }
            assertEquals(1008, app.closedWith.get(5, TimeUnit.SECONDS));
        }
    }
}
