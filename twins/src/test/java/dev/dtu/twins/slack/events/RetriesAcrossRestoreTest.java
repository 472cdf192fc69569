package dev.dtu.twins.slack.events;

import static dev.dtu.twins.slack.events.AppReceiver.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.server.universe.Universes;
import dev.dtu.twins.slack.SlackFixture;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Slack retries an event an app failed immediately, after a minute and after five
 * (https://api.slack.com/apis/events-api#retries). A restore or reset replaces the universe's world: the retries of
 * what the old world sent must not reach the app in the new one (a sweep's next trajectory).
 */
class RetriesAcrossRestoreTest {
    private static final Universes.ClockChange TEN_MINUTES_LATER = new Universes.ClockChange(null, Duration.ofMinutes(10), null);

    @Test
    void withoutARestoreTheClockJumpSendsTheMinuteAndFiveMinuteRetries() throws Exception {
        try (Failing failing = new Failing()) {
            String ts = failing.postAndAwaitTwoAttempts();
            SlackFixture.server().universes().setClock(failing.slack.universeId, TEN_MINUTES_LATER);
            assertEquals(3, await(() -> failing.attempts(ts), l -> l.size() >= 3).size(), "the one-minute retry");
        }
    }

    @Test
    void aRestoreEndsTheRetriesOfWhatTheOldWorldSent() throws Exception {
        try (Failing failing = new Failing()) {
            String snapshot = SlackFixture.server().universes().snapshot(failing.slack.universeId);
            String ts = failing.postAndAwaitTwoAttempts();
            SlackFixture.server().universes().restore(failing.slack.universeId, snapshot);
            failing.advanceAndSettle();
            assertEquals(2, failing.attempts(ts).size(), "no retry after the restore");
            assertEquals(2, SlackFixture.server().universes().journal(failing.slack.universeId, 0).stream()
                    .filter(e -> e.operation().equals("event_callback:message")).count());
        }
    }

    @Test
    void soDoesAReset() throws Exception {
        try (Failing failing = new Failing()) {
            String ts = failing.postAndAwaitTwoAttempts();
            SlackFixture.server().universes().reset(failing.slack.universeId);
            failing.configure(); // a reset also undoes the app's event URL
            failing.advanceAndSettle();
            assertEquals(2, failing.attempts(ts).size(), "no retry after the reset");
        }
    }

    /** A fresh universe whose app answers every event with a 500. */
    private static final class Failing implements AutoCloseable {
        final SlackFixture slack = SlackFixture.universe();
        final AppReceiver app = new AppReceiver(slack.slack.get("signingSecret").asText());

        Failing() throws Exception {
            app.failEvents.set(1_000);
            configure();
        }

        void configure() {
            HttpResponse<String> configured = slack.admin("PUT", "/app", Map.of("eventRequestUrl", app.url("/events")));
            assertEquals(200, configured.statusCode(), configured.body());
        }

        /** Posts a message and waits for its first attempt and the immediate retry, both failed. */
        String postAndAwaitTwoAttempts() {
            HttpResponse<String> posted = slack.admin("POST", "/messages",
                    Map.of("as", "grace", "channel", "#support", "text", "anyone?"));
            assertEquals(200, posted.statusCode(), posted.body());
            String ts = SlackFixture.json(posted).get("ts").asText();
            assertEquals(2, await(() -> attempts(ts), l -> l.size() >= 2).size());
            await(() -> universe().timersDue(), l -> !l.isEmpty()); // the one-minute retry is set once the 500 is read
            return ts;
        }

        dev.dtu.server.universe.Universe universe() {
            return SlackFixture.server().universes().require(slack.universeId);
        }

        /** Moves the clock past every retry and gives what a fired timer sent time to arrive. */
        void advanceAndSettle() throws InterruptedException {
            SlackFixture.server().universes().setClock(slack.universeId, TEN_MINUTES_LATER);
            await(() -> universe().timersDue(), List::isEmpty);
            Thread.sleep(500);
        }

        List<AppReceiver.Received> attempts(String ts) {
            return app.events(e -> e.path("type").asText().equals("message") && e.path("ts").asText().equals(ts));
        }

        @Override
        public void close() {
            app.close();
        }
    }
}
