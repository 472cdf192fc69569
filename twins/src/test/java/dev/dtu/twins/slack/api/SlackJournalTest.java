package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.slack.SlackFixture;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What the journal keeps of Slack calls: bodies of calls a token vouched for, only sizes of the others. */
class SlackJournalTest {
    private static JsonNode lastEntry(SlackFixture f) {
        HttpResponse<String> r = f.get(SlackFixture.server().url() + "/_dtu/universes/" + f.universeId + "/journal");
        JsonNode entries = SlackFixture.json(r).path("entries");
        return entries.get(entries.size() - 1);
    }

    @Test
    void aCallWithoutATokenKeepsNoBodyOnlyItsSizeAndDigest() {
        SlackFixture f = SlackFixture.universe();
        String body = "channel=C1&text=" + "q".repeat(200_000);
        HttpResponse<String> r = f.post(f.baseUrl() + "chat.postMessage", "application/x-www-form-urlencoded", body);
        assertEquals("not_authed", SlackFixture.json(r).path("error").asText());
        JsonNode entry = lastEntry(f);
        assertEquals("chat.postMessage", entry.path("operation").asText());
        assertTrue(entry.path("requestBody").isNull(), "no body kept");
        assertEquals(body.length(), entry.path("requestBodyCut").path("bytes").asLong());
    }

    @Test
    void aCallWithAWrongTokenKeepsNoBodyEither() {
        SlackFixture f = SlackFixture.universe();
        HttpResponse<String> r = f.post(f.baseUrl() + "chat.postMessage", "application/x-www-form-urlencoded",
                "token=xoxb-1-2-nope&channel=C1&text=hi");
        assertEquals("invalid_auth", SlackFixture.json(r).path("error").asText());
        assertTrue(lastEntry(f).path("requestBody").isNull(), "no body kept");
    }

    @Test
    void aCallWithTheBotTokenKeepsItsBodyWithTheTokenRedacted() {
        SlackFixture f = SlackFixture.universe();
        String token = f.slack.path("botToken").asText();
        f.post(f.baseUrl() + "auth.test", "application/x-www-form-urlencoded", "token=" + token);
        String kept = lastEntry(f).path("requestBody").asText();
        assertTrue(kept.startsWith("token=[slack:") && !kept.contains(token), kept);
    }
}
