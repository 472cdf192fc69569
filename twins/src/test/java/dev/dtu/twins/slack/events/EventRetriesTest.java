package dev.dtu.twins.slack.events;

import static dev.dtu.twins.slack.events.AppReceiver.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.journal.JournalEntry;
import dev.dtu.server.universe.Settings;
import dev.dtu.twins.slack.SlackFixture;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Why Slack retried is in X-Slack-Retry-Reason (https://api.slack.com/apis/events-api#retries): an app that does
 * not answer within 3 seconds gets the retry with {@code http_timeout}. Bolt hands that reason to listeners as
 * {@code context.retryReason}.
 */
class EventRetriesTest {
    static SlackFixture slack;
    static AppReceiver app;

    @BeforeAll
    static void setUp() throws Exception {
        slack = SlackFixture.universe();
        SlackFixture.server().universes().setSettings(slack.universeId, new Settings(false, 0.001, 10_000));
        app = new AppReceiver(slack.slack.get("signingSecret").asText());
        HttpResponse<String> configured = slack.admin("PUT", "/app", Map.of("eventRequestUrl", app.url("/events")));
        assertEquals(200, configured.statusCode(), configured.body());
    }

    @AfterAll
    static void tearDown() {
        app.close();
    }

    @Test
    void anAnswerLaterThanThreeSecondsIsRetriedWithHttpTimeout() {
        app.slowAnswer = SignedPost.TIMEOUT.plus(Duration.ofMillis(500));
        app.slowEvents.set(1);
        HttpResponse<String> posted = slack.admin("POST", "/messages",
                Map.of("as", "grace", "channel", "#support", "text", "anyone?"));
        assertEquals(200, posted.statusCode(), posted.body());
        String ts = SlackFixture.json(posted).get("ts").asText();

        var attempts = await(() -> app.events(e -> e.path("type").asText().equals("message")
                && e.path("ts").asText().equals(ts)), l -> l.size() >= 2);
        assertNull(attempts.get(0).retryNum());
        assertEquals("1", attempts.get(1).retryNum());
        assertEquals("http_timeout", attempts.get(1).retryReason());

        var journal = await(() -> SlackFixture.server().universes().journal(slack.universeId, 0).stream()
                .filter(e -> e.operation().equals("event_callback:message")).toList(), l -> l.size() >= 2);
        JournalEntry timedOut = journal.get(0);
        assertEquals(0, timedOut.status(), "no answer within the timeout");
        assertTrue(timedOut.durationMs() >= SignedPost.TIMEOUT.toMillis(), timedOut.durationMs() + " ms");
        assertEquals(200, journal.get(1).status());
    }
}
