package dev.dtu.twins.slack.events;

import static dev.dtu.twins.slack.events.AppReceiver.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.slack.SlackFixture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** auth.revoke and apps.uninstall tell the app: tokens_revoked and app_uninstalled over the Events API. */
class UninstallEventsTest {
    static SlackFixture slack;
    static AppReceiver app;

    @BeforeAll
    static void setUp() throws Exception {
        slack = SlackFixture.universe();
        app = new AppReceiver(slack.slack.get("signingSecret").asText());
        HttpResponse<String> configured = slack.admin("PUT", "/app", Map.of("eventRequestUrl", app.url("/events")));
        assertEquals(200, configured.statusCode(), configured.body());
    }

    @AfterAll
    static void tearDown() {
        app.close();
    }

    @Test
    void revokingAUserTokenThenUninstallingAreAnnounced() throws Exception {
        assertTrue(slack.user().authRevoke(r -> r).isRevoked());
        List<AppReceiver.Received> revoked = await(() -> app.events(e -> e.path("type").asText().equals("tokens_revoked")),
                l -> !l.isEmpty());
        JsonNode tokens = revoked.get(0).json().path("event").path("tokens");
        assertEquals(1, tokens.path("oauth").size());
        assertTrue(tokens.path("bot").isMissingNode());

        assertTrue(slack.bot().appsUninstall(r -> r.clientId(slack.slack.get("clientId").asText())
                .clientSecret(slack.slack.get("clientSecret").asText())).isOk());
        List<AppReceiver.Received> uninstalled = await(() -> app.events(e -> e.path("type").asText().equals("app_uninstalled")),
                l -> !l.isEmpty());
        assertEquals(1, uninstalled.size());
        List<AppReceiver.Received> all = await(() -> app.events(e -> e.path("type").asText().equals("tokens_revoked")),
                l -> l.size() == 2);
        assertEquals(slack.botUserId(), all.get(1).json().path("event").path("tokens").path("bot").get(0).asText());
    }
}
