package dev.dtu.twins.slack.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.universe.Settings;
import dev.dtu.twins.slack.SlackFixture;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Shortcuts and view submissions over Socket Mode: {@code interactive} envelopes, a view submission with
 * {@code accepts_response_payload}, and the ack's payload read as the app's response_action.
 */
class ModalsOverSocketModeTest {
    @Test
    void aShortcutOpensAModalAndTheAckOfItsSubmissionCarriesTheResponseAction() throws Exception {
        SlackFixture slack = SlackFixture.universe();
        SlackFixture.server().universes().setSettings(slack.universeId, new Settings(false, 0.001, 10_000));
        assertEquals(200, slack.admin("PUT", "/app", Map.of("socketMode", true)).statusCode());
        String url = slack.sdk.methods(slack.slack.get("appToken").asText()).appsConnectionsOpen(r -> r).getUrl();
        try (SocketClient app = new SocketClient(url)) {
            assertEquals("hello", app.next().get("type").asText());

            CompletableFuture<HttpResponse<String>> ran = CompletableFuture.supplyAsync(() -> slack.admin("POST",
                    "/as/ada/shortcuts", Map.of("callback_id", "new_ticket")));
            JsonNode shortcut = app.next();
            assertEquals("interactive", shortcut.get("type").asText());
            assertFalse(shortcut.get("accepts_response_payload").asBoolean());
            assertEquals("shortcut", shortcut.at("/payload/type").asText());
            app.ack(shortcut, null);
            var opened = slack.bot().viewsOpen(v -> v.triggerId(shortcut.at("/payload/trigger_id").asText())
                    .viewAsString(ModalsTest.TICKET_VIEW));
            assertTrue(opened.isOk(), opened.getError());
            assertEquals(200, ran.get(10, TimeUnit.SECONDS).statusCode());

            String viewId = opened.getView().getId();
            CompletableFuture<HttpResponse<String>> submitted = CompletableFuture.supplyAsync(() -> slack.admin("POST",
                    "/as/ada/views/" + viewId + "/submit", Map.of("values", Map.of("summary_input", "x"))));
            JsonNode submission = app.next();
            assertEquals("view_submission", submission.at("/payload/type").asText());
            assertTrue(submission.get("accepts_response_payload").asBoolean());
            assertEquals("x", submission.at("/payload/view/state/values/summary/summary_input/value").asText());
            app.ack(submission, "{\"response_action\":\"errors\",\"errors\":{\"summary\":\"Too short\"}}");
            JsonNode out = SlackFixture.json(submitted.get(10, TimeUnit.SECONDS));
            assertEquals("errors", out.get("response_action").asText());
            assertEquals("Too short", out.at("/errors/summary").asText());
            assertEquals(viewId, out.at("/views/0/id").asText());

            submitted = CompletableFuture.supplyAsync(() -> slack.admin("POST", "/as/ada/views/" + viewId + "/submit",
                    Map.of("values", Map.of("summary_input", "Printer on fire"))));
            app.ack(app.next(), "{\"response_action\":\"clear\"}");
            out = SlackFixture.json(submitted.get(10, TimeUnit.SECONDS));
            assertEquals("clear", out.get("response_action").asText());
            assertEquals(0, out.get("views").size());
        }
    }
}
