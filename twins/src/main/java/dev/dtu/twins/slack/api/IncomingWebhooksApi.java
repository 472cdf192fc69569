package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.events.EventSink;
import dev.dtu.twins.slack.events.Secrets;
import dev.dtu.twins.slack.events.WebhookUrls;
import dev.dtu.twins.slack.model.Author;
import dev.dtu.twins.slack.model.Chat;
import dev.dtu.twins.slack.model.Content;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.IncomingWebhook;
import dev.dtu.twins.slack.model.SlackKinds;
import dev.dtu.twins.slack.model.Workspace;
import dev.dtu.twins.slack.model.WorkspaceEvent;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /services/T…/B…/…}: an app posting through an incoming webhook
 * (https://api.slack.com/messaging/webhooks). Slack answers in plain text: {@code ok}, or an error string with
 * the status of its changelog 2016-05-17 (invalid_payload 400, action_prohibited 403, channel_not_found 404,
 * channel_is_archived 410). The body is JSON, or a form whose {@code payload} field is JSON.
 */
public final class IncomingWebhooksApi {
    private final EventSink events;

    public IncomingWebhooksApi(EventSink events) {
        this.events = events;
    }

    public Response handle(TwinCall call) {
        if (!call.request().method().equals("POST")) {
            return text(405, "invalid_method");
        }
        Optional<WebhookUrls.Parts> parts = WebhookUrls.parse(call.request().path());
        if (parts.isEmpty()) {
            return text(404, "no_service");
        }
        if (!WebhookUrls.valid(Secrets.signingSecret(call.universe()), parts.get())) {
            call.markUnauthenticated();
            return text(403, "invalid_token");
        }
        Optional<JsonNode> payload = payload(call.request());
        if (payload.isEmpty() || !payload.get().isObject()) {
            return text(400, "invalid_payload");
        }
        try {
            List<WorkspaceEvent> happened = call.write(tx -> {
                Workspace ws = new Workspace(tx, call.now());
                post(ws, parts.get(), payload.get());
                return ws.events();
            });
            events.publish(call.universe(), happened);
            return text(200, "ok");
        } catch (SlackError e) {
            return error(e.code());
        }
    }

    /** The description's {@code incomingWebhooks}: channel name to URL, for each active webhook. */
    public static com.fasterxml.jackson.databind.node.ObjectNode describe(dev.dtu.server.twin.UniverseView universe) {
        var out = Json.object();
        var state = universe.state();
        String team = state.all(SlackKinds.TEAM).firstKey();
        String secret = universe.secret(SlackKinds.TWIN, Secrets.SIGNING_SECRET).orElse("");
        for (IncomingWebhook h : state.all(SlackKinds.INCOMING_WEBHOOKS).values()) {
            state.get(SlackKinds.CONVERSATIONS, h.channel()).filter(c -> h.active()).ifPresent(c -> out.put(c.name(),
                    WebhookUrls.of(universe.twinUrl(SlackKinds.TWIN), secret, team, h.id())));
        }
        return out;
    }

    private static void post(Workspace ws, WebhookUrls.Parts parts, JsonNode body) {
        if (!ws.team().id().equals(parts.team())) {
            throw new SlackError("no_team");
        }
        IncomingWebhook hook = ws.tx().get(SlackKinds.INCOMING_WEBHOOKS, parts.webhook())
                .filter(IncomingWebhook::active).orElseThrow(() -> new SlackError("no_service"));
        Conversation c = ws.find(hook.channel()).orElseThrow(() -> new SlackError("channel_not_found"));
        if (c.archived()) {
            throw new SlackError("channel_is_archived");
        }
        var app = ws.app();
        // Guessed (Slack only says "some kind of restriction"): a private channel the app's bot has since left.
        if (c.isPrivate() && !ws.botIn(c)) {
            throw new SlackError("action_prohibited");
        }
        String text = string(body, "text");
        Content content = new Content(text == null ? null : dev.dtu.twins.slack.model.SlackText.escaped(text), array(body, "blocks"),
                array(body, "attachments"));
        String threadTs = string(body, "thread_ts");
        new Chat(ws).post(new Author(app.botUserId(), app.botId(), app.appId()), c, content,
                threadTs == null || threadTs.isEmpty() ? null : threadTs, body.path("reply_broadcast").asBoolean(false));
    }

    private static Optional<JsonNode> payload(Request request) {
        try {
            if (request.mediaType().equals("application/x-www-form-urlencoded")) {
                List<String> p = QueryStrings.parse(request.bodyText()).get("payload");
                return p == null || p.isEmpty() ? Optional.empty() : Optional.of(Json.parse(p.get(0).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
            }
            return Optional.of(Json.parse(request.body()));
        } catch (Json.MalformedJsonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Response error(String code) {
        return switch (code) {
            case "no_team", "no_service", "channel_not_found" -> text(404, code);
            case "channel_is_archived", "is_archived" -> text(410, "channel_is_archived");
            case "action_prohibited" -> text(403, code);
            case "thread_not_found" -> text(404, code);
            default -> text(400, code.equals("invalid_blocks_format") ? "invalid_blocks" : code);
        };
    }

    private static String string(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new SlackError("invalid_payload");
        }
        return v.asText();
    }

    private static JsonNode array(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw new SlackError(name.equals("blocks") ? "invalid_blocks" : "invalid_attachments");
        }
        return v;
    }

    private static Response text(int status, String body) {
        return Response.text(status, "text/html", body);
    }
}
