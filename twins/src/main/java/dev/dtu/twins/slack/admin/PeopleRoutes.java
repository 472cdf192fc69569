package dev.dtu.twins.slack.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.delivery.DeliveryResult;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.events.EventSink;
import dev.dtu.twins.slack.events.Interactions;
import dev.dtu.twins.slack.model.AppConfig;
import dev.dtu.twins.slack.model.Author;
import dev.dtu.twins.slack.model.Chat;
import dev.dtu.twins.slack.model.Content;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Message;
import dev.dtu.twins.slack.model.SlackKinds;
import dev.dtu.twins.slack.model.User;
import dev.dtu.twins.slack.model.SlackText;
import dev.dtu.twins.slack.model.Workspace;
import dev.dtu.twins.slack.model.WorkspaceEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A person running a slash command or clicking a button. The admin call waits for the app's answer
 * (Slack gives apps 3 seconds) and, for a command answered with {@code response_type: in_channel},
 * posts that answer in the channel as the app, as Slack does.
 */
public final class PeopleRoutes {
    private final Interactions interactions;
    private final EventSink events;

    public PeopleRoutes(Interactions interactions, EventSink events) {
        this.interactions = interactions;
        this.events = events;
    }

    Response command(TwinCall call, User user, ObjectNode body) {
        Workspace ws = read(call);
        Conversation c = ws.visible(body.path("channel").asText(""), user.id());
        String command = body.path("command").asText("");
        DeliveryResult result = await(interactions.command(call.universe(), ws, call.universe().twinUrl(SlackKinds.TWIN), user, c,
                command, SlackText.typed(body.path("text").asText(""))));
        ObjectNode out = outcome(result);
        JsonNode answer = out.path("response");
        if (result.delivered() && "in_channel".equals(answer.path("response_type").asText())) {
            Message posted = postAsApp(call, c, answer);
            out.putObject("posted").put("channel", c.id()).put("ts", posted.ts());
        }
        return Response.json(result.delivered() ? 200 : 502, out);
    }

    Response action(TwinCall call, User user, ObjectNode body) {
        Workspace ws = read(call);
        Conversation c = ws.visible(body.path("channel").asText(""), user.id());
        Message m = ws.message(c.id(), body.path("message_ts").asText(""))
                .orElseThrow(() -> new SlackError("message_not_found"));
        DeliveryResult result = await(interactions.blockAction(call.universe(), ws, call.universe().twinUrl(SlackKinds.TWIN), user, c,
                m, body.path("action_id").asText(""), body.path("value").asText(null)));
        return Response.json(result.delivered() ? 200 : 502, outcome(result));
    }

    private Message postAsApp(TwinCall call, Conversation c, JsonNode answer) {
        record Posted(Message message, List<WorkspaceEvent> events) {}
        Posted posted = call.write(tx -> {
            Workspace ws = new Workspace(tx, call.now());
            AppConfig app = ws.app();
            Content content = new Content(answer.hasNonNull("text") ? SlackText.escaped(answer.path("text").asText()) : null, arrayOrNull(answer, "blocks"),
                    arrayOrNull(answer, "attachments"));
            Message m = new Chat(ws).post(new Author(app.botUserId(), app.botId(), app.appId()),
                    ws.find(c.id()).orElseThrow(), content, null, false);
            return new Posted(m, ws.events());
        });
        events.publish(call.universe(), posted.events());
        return posted.message();
    }

    static ObjectNode outcome(DeliveryResult result) {
        ObjectNode out = Json.object();
        out.put("ok", result.delivered());
        if (!result.delivered()) {
            out.put("error", "dispatch_failed");
        }
        out.put("status", result.status());
        String text = result.responseBody() == null ? "" : result.responseBody();
        try {
            out.set("response", Json.parse(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Json.MalformedJsonException e) {
            out.put("response", text);
        }
        return out;
    }

    static DeliveryResult await(CompletableFuture<DeliveryResult> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new DeliveryResult(false, 1, 0, "");
        }
    }

    private static Workspace read(TwinCall call) {
        return new Workspace(new Tx(call.state()), call.now());
    }

    private static JsonNode arrayOrNull(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v != null && v.isArray() ? v : null;
    }
}
