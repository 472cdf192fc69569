package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.SlackApiException;
import dev.dtu.server.universe.Settings;
import dev.dtu.twins.slack.SlackFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Slack's rate limits, when the universe switches them on: 429, Retry-After, "ratelimited". */
class RateLimitTest {
    static SlackFixture slack;

    @BeforeAll
    static void universe() {
        slack = SlackFixture.universe();
        SlackFixture.server().universes().setSettings(slack.universeId, new Settings(true, 1.0, 1000));
    }

    @Test
    void postMessageIsOnePerSecondPerChannel() throws Exception {
        String general = slack.channelId("general");
        String random = slack.channelId("random");
        assertTrue(slack.bot().chatPostMessage(r -> r.channel(general).text("first")).isOk());
        assertTrue(slack.bot().chatPostMessage(r -> r.channel(random).text("other channel")).isOk());
        SlackApiException limited = assertThrows(SlackApiException.class,
                () -> slack.bot().chatPostMessage(r -> r.channel(general).text("second")));
        assertEquals(429, limited.getResponse().code());
        assertEquals("1", limited.getResponse().header("Retry-After"));
        assertEquals("ratelimited", limited.getError().getError());
    }

    @Test
    void tierTwoAllowsTwentyAMinutePerToken() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertTrue(slack.bot().conversationsList(r -> r).isOk());
        }
        SlackApiException limited = assertThrows(SlackApiException.class,
                () -> slack.bot().conversationsList(r -> r));
        assertEquals(429, limited.getResponse().code());
        assertTrue(Integer.parseInt(limited.getResponse().header("Retry-After")) > 1);
        assertTrue(slack.user().conversationsList(r -> r).isOk(), "another token has its own bucket");
    }
}
