package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.methods.SlackApiException;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.SlackFixture;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Slack's error envelope for auth failures, scopes and malformed requests: never a 500. */
class ErrorsAndBadInputTest {
    static SlackFixture slack;
    static SlackFixture other;
    static String general;

    @BeforeAll
    static void universes() {
        slack = SlackFixture.universe();
        other = SlackFixture.universe();
        general = slack.channelId("general");
    }

    @Test
    void authFailuresAreHttp200WithSlackCodes() throws Exception {
        HttpResponse<String> none = slack.post(slack.baseUrl() + "auth.test", "application/x-www-form-urlencoded", "");
        assertEquals("not_authed", SlackFixture.json(none).get("error").asText());
        assertEquals("invalid_auth", slack.sdk.methods("xoxb-1-2-nope").authTest(r -> r).getError());
        var foreign = slack.sdk.methods(other.slack.get("botToken").asText()).authTest(r -> r);
        assertEquals("invalid_auth", foreign.getError(), "another universe's token is unknown here");
        HttpResponse<String> raw = slack.post(slack.baseUrl() + "auth.test", "application/x-www-form-urlencoded",
                "token=xoxp-0-0-0-bad");
        assertEquals(200, raw.statusCode());
        assertEquals("{\"ok\":false,\"error\":\"invalid_auth\"}", raw.body());
    }

    @Test
    void revokedTokensAndDeactivatedAccounts() throws Exception {
        JsonNode seed = Json.parseYaml("""
                company: {name: Initech, domain: initech.example}
                people:
                  - {id: peter, name: Peter Gibbons, email: peter@initech.example, active: false}
                  - {id: milton, name: Milton Waddams, email: milton@initech.example}
                slack:
                  tokens:
                    bot: {revoked: true}
                    users:
                      - {person: peter}
                      - {person: milton, scopes: [channels:read]}
                """);
        SlackFixture initech = SlackFixture.universe(seed);
        assertEquals("token_revoked", initech.bot().authTest(r -> r).getError());
        assertEquals("account_inactive", initech.user().authTest(r -> r).getError());
        JsonNode milton = initech.state().path("tokens").path("user:" + initech.userId("milton"));
        assertEquals("[\"channels:read\"]", milton.path("scopes").toString());
    }

    @Test
    void missingScopeNamesNeededAndProvided() throws Exception {
        SlackFixture initech = SlackFixture.withBotScopes("channels:read");
        var denied = initech.bot().chatPostMessage(r -> r.channel("general").text("hi"));
        assertEquals("missing_scope", denied.getError());
        assertEquals("chat:write", denied.getNeeded());
        assertEquals("channels:read", denied.getProvided());
        assertTrue(initech.bot().conversationsList(r -> r).isOk());
    }

    @Test
    void unknownMethodIs404() throws Exception {
        HttpResponse<String> raw = slack.post(slack.baseUrl() + "chat.teleport", "application/x-www-form-urlencoded",
                "channel=C1", "Authorization", "Bearer " + slack.slack.get("botToken").asText());
        assertEquals(404, raw.statusCode());
        assertEquals("unknown_method", SlackFixture.json(raw).get("error").asText());
        SlackApiException e = org.junit.jupiter.api.Assertions.assertThrows(SlackApiException.class,
                () -> slack.bot().postFormWithTokenAndParseResponse(r -> r.add("channel", "C1"), "chat.teleport",
                        slack.slack.get("botToken").asText(), com.slack.api.methods.response.api.ApiTestResponse.class));
        assertEquals(404, e.getResponse().code());
        assertEquals("unknown_method", e.getError().getError(), "the SDK parses the error body");
    }

    @Test
    void jsonBodies() {
        String bearer = "Bearer " + slack.slack.get("botToken").asText();
        HttpResponse<String> ok = slack.post(slack.baseUrl() + "chat.postMessage", "application/json; charset=utf-8",
                "{\"channel\":\"" + general + "\",\"text\":\"json\",\"blocks\":[{\"type\":\"divider\"}]}",
                "Authorization", bearer);
        JsonNode body = SlackFixture.json(ok);
        assertTrue(body.get("ok").asBoolean(), ok.body());
        assertEquals("divider", body.at("/message/blocks/0/type").asText());

        HttpResponse<String> noCharset = slack.post(slack.baseUrl() + "auth.test", "application/json", "{}",
                "Authorization", bearer);
        assertEquals("missing_charset", SlackFixture.json(noCharset).get("warning").asText());

        HttpResponse<String> tokenInBody = slack.post(slack.baseUrl() + "auth.test", "application/json",
                "{\"token\":\"" + slack.slack.get("botToken").asText() + "\"}");
        assertEquals("not_authed", SlackFixture.json(tokenInBody).get("error").asText(),
                "JSON bodies must carry the token in the Authorization header");

        HttpResponse<String> broken = slack.post(slack.baseUrl() + "chat.postMessage", "application/json",
                "{\"channel\":", "Authorization", bearer);
        assertEquals(200, broken.statusCode());
        assertEquals("invalid_json", SlackFixture.json(broken).get("error").asText());
    }

    @Test
    void wrongTypesBadNamesAndOversizedText() {
        String bearer = "Bearer " + slack.slack.get("botToken").asText();
        HttpResponse<String> badLimit = slack.get(slack.baseUrl() + "conversations.list?limit=lots",
                "Authorization", bearer);
        JsonNode body = SlackFixture.json(badLimit);
        assertEquals("invalid_arguments", body.get("error").asText());
        assertTrue(body.at("/response_metadata/messages/0").asText().contains("limit"));

        HttpResponse<String> badName = slack.post(slack.baseUrl() + "auth.test", "application/x-www-form-urlencoded",
                "we%20ird=1", "Authorization", bearer);
        assertEquals("invalid_arg_name", SlackFixture.json(badName).get("error").asText());

        HttpResponse<String> badBlocks = slack.post(slack.baseUrl() + "chat.postMessage",
                "application/x-www-form-urlencoded", "channel=" + general + "&blocks=%5Bnot-json",
                "Authorization", bearer);
        assertEquals("invalid_blocks_format", SlackFixture.json(badBlocks).get("error").asText());

        HttpResponse<String> wrongType = slack.post(slack.baseUrl() + "chat.postMessage",
                "application/json; charset=utf-8", "{\"channel\":{\"id\":1},\"text\":\"x\"}", "Authorization", bearer);
        assertEquals("invalid_arguments", SlackFixture.json(wrongType).get("error").asText());

        String huge = "x".repeat(50_000);
        HttpResponse<String> tooLong = slack.post(slack.baseUrl() + "chat.postMessage",
                "application/x-www-form-urlencoded", "channel=" + general + "&text=" + huge, "Authorization", bearer);
        assertEquals(40_000, SlackFixture.json(tooLong).path("message").path("text").asText().length(),
                "over 40,000 characters Slack truncates");

        HttpResponse<String> noChannel = slack.post(slack.baseUrl() + "chat.postMessage",
                "application/x-www-form-urlencoded", "text=hi", "Authorization", bearer);
        assertEquals("channel_not_found", SlackFixture.json(noChannel).get("error").asText());
        assertFalse(tooLong.body().contains("Exception"));
    }
}
