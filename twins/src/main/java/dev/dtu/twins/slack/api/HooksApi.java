package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.errors.SlackErrors;
import dev.dtu.twins.slack.events.EventSink;
import dev.dtu.twins.slack.events.ResponseUrls;
import dev.dtu.twins.slack.events.Secrets;
import dev.dtu.twins.slack.model.Author;
import dev.dtu.twins.slack.model.Chat;
import dev.dtu.twins.slack.model.Content;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Message;
import dev.dtu.twins.slack.model.SlackText;
import dev.dtu.twins.slack.model.Workspace;
import dev.dtu.twins.slack.model.WorkspaceEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An app answering through a response_url (https://api.slack.com/interactivity/handling#message_responses):
 * replace or delete the original message, post in the channel, or reply to the person only (ephemeral).
 */
public final class HooksApi {
    private final EventSink events;

    public HooksApi(EventSink events) {
        this.events = events;
    }

    public Response handle(TwinCall call) {
        Optional<ResponseUrls.Target> target = ResponseUrls.parse(call.request().path(),
                Secrets.signingSecret(call.universe()));
        if (target.isEmpty()) {
            return Response.text(404, "text/plain; charset=utf-8", "invalid_token");
        }
        JsonNode body;
        try {
            body = Json.parse(call.request().body());
        } catch (Json.MalformedJsonException e) {
            return Response.json(400, SlackErrors.envelope("invalid_json"));
        }
        try {
            List<WorkspaceEvent> happened = call.write(tx -> {
                Workspace ws = new Workspace(tx, call.now());
                respond(ws, target.get(), body);
                return ws.events();
            });
            events.publish(call.universe(), happened);
            return Response.json(200, Map.of("ok", true));
        } catch (SlackError e) {
            return Response.json(400, SlackErrors.envelope(e.code()));
        }
    }

    private static void respond(Workspace ws, ResponseUrls.Target t, JsonNode body) {
        Conversation c = ws.find(t.channel()).orElseThrow(() -> new SlackError("channel_not_found"));
        Chat chat = new Chat(ws);
        Optional<Message> original = Optional.ofNullable(t.messageTs()).flatMap(ts -> ws.message(c.id(), ts));
        Content content = new Content(Optional.ofNullable(body.path("text").asText(null)).map(SlackText::escaped).orElse(null),
                array(body, "blocks"), array(body, "attachments"));
        if (body.path("delete_original").asBoolean(false)) {
            Message m = original.orElseThrow(() -> new SlackError("message_not_found"));
            chat.delete(authorOf(m), c, m.ts());
        } else if (body.path("replace_original").asBoolean(false)) {
            Message m = original.orElseThrow(() -> new SlackError("message_not_found"));
            chat.update(authorOf(m), c, m.ts(), content);
        } else if ("in_channel".equals(body.path("response_type").asText())) {
            var app = ws.app();
            chat.post(new Author(app.botUserId(), app.botId(), app.appId()), c, content,
                    body.path("thread_ts").asText(null), false);
        } else {
            content.checked(); // ephemeral: seen by one person, stored nowhere
        }
    }

    private static Author authorOf(Message m) {
        return new Author(m.user(), m.botId(), m.appId());
    }

    private static JsonNode array(JsonNode body, String name) {
        JsonNode v = body.get(name);
        return v != null && v.isArray() ? v : null;
    }
}
