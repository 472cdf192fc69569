package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import dev.dtu.twins.slack.SlackFixture;
import java.time.Instant;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A message scheduled for tomorrow posts when the universe's clock gets there (an advance of the clock), at the
 * time it was scheduled for, once; and the Date header tells the universe's time.
 */
class ScheduledMessageClockTest {
    @Test
    void aMessageScheduledForTomorrowPostsWhenTheClockIsAdvancedPastIt() throws Exception {
        SlackFixture slack = SlackFixture.universe();
        MethodsClient bot = slack.bot();
        String general = slack.channelId("general");
        long postAt = Instant.now().getEpochSecond() + 86_400;
        var scheduled = bot.chatScheduleMessage(r -> r.channel(general).text("standup reminder").postAt((int) postAt));
        assertTrue(scheduled.isOk(), scheduled.getError());

        var universe = SlackFixture.server().universes().require(slack.universeId);
        universe.setClock(null, Duration.ofHours(23), null);
        assertEquals(0, count(bot, general), "not due yet after 23 hours");

        universe.setClock(null, Duration.ofHours(2), null);
        assertEquals(0, universe.timersDue().size());
        var history = bot.conversationsHistory(r -> r.channel(general).limit(50));
        var posted = history.getMessages().stream().filter(m -> "standup reminder".equals(m.getText())).toList();
        assertEquals(1, posted.size(), "posted once");
        assertEquals(postAt, (long) Double.parseDouble(posted.get(0).getTs()), "posted at the time it was scheduled for");
        assertTrue(bot.chatScheduledMessagesList(r -> r.channel(general)).getScheduledMessages().isEmpty());

        universe.setClock(null, Duration.ofDays(1), null);
        assertEquals(1, count(bot, general), "a later jump does not post it again");

        String date = slack.get(slack.baseUrl() + "auth.test", "Authorization",
                "Bearer " + slack.slack.path("botToken").asText()).headers().firstValue("Date").orElseThrow();
        Instant shown = java.time.ZonedDateTime.parse(date, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertTrue(shown.isAfter(Instant.now().plusSeconds(86_400 * 2 - 60)), "Date is the universe's time: " + date);
    }

    private static long count(MethodsClient bot, String channel) throws Exception {
        return bot.conversationsHistory(r -> r.channel(channel).limit(100)).getMessages().stream()
                .filter(m -> "standup reminder".equals(m.getText())).count();
    }
}
