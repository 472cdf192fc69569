package dev.dtu.twins.slack.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.delivery.DeliveryResult;
import dev.dtu.server.http.Json;
import dev.dtu.server.universe.Universe;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Message;
import dev.dtu.twins.slack.model.Team;
import dev.dtu.twins.slack.model.User;
import dev.dtu.twins.slack.model.Views;
import dev.dtu.twins.slack.model.Workspace;
import java.util.concurrent.CompletableFuture;

/**
 * The interaction payloads of modals, App Homes and shortcuts (https://api.slack.com/reference/interaction-payloads):
 * {@code view_submission}, {@code view_closed}, {@code block_actions} in a view, {@code shortcut} and
 * {@code message_action}. Each carries a fresh trigger_id and goes out the way {@link Interactions} sends
 * interactions (the Request URL, or Socket Mode).
 */
public final class SurfaceInteractions {
    private final Interactions interactions;

    public SurfaceInteractions(Interactions interactions) {
        this.interactions = interactions;
    }

    /** The person submits the view with {@code state}; Slack reads the app's answer (response_action). */
    public CompletableFuture<DeliveryResult> submission(Universe u, Workspace ws, User user, Views.Shown view) {
        ObjectNode p = common(u, ws, user, "view_submission");
        p.put("trigger_id", Interactions.trigger(u, user.id(), view.id()));
        p.set("view", view.view());
        p.putArray("response_urls");
        p.put("is_cleared", false);
        return interactions.interactive(u, ws, "view_submission:" + callbackId(view), p, true);
    }

    /** The person closed the view (sent only for views with notify_on_close). */
    public CompletableFuture<DeliveryResult> closed(Universe u, Workspace ws, User user, Views.Shown view,
                                                    boolean cleared) {
        ObjectNode p = common(u, ws, user, "view_closed");
        p.set("view", view.view());
        p.put("is_cleared", cleared);
        return interactions.interactive(u, ws, "view_closed:" + callbackId(view), p, false);
    }

    /** The person used an interactive element of a modal or their App Home. */
    public CompletableFuture<DeliveryResult> viewAction(Universe u, Workspace ws, User user, Views.Shown view,
                                                        String actionId, String value) {
        ObjectNode element = Interactions.element(view.view().get("blocks"), actionId)
                .orElseThrow(() -> new SlackError("action_not_found"));
        ObjectNode p = common(u, ws, user, "block_actions");
        p.putObject("container").put("type", "view").put("view_id", view.id());
        p.put("trigger_id", Interactions.trigger(u, user.id(), view.id()));
        p.set("view", view.view());
        p.set("state", view.view().path("state").deepCopy());
        Interactions.action(p, actionId, element, value, ws.eventTs());
        return interactions.interactive(u, ws, "block_actions:" + actionId, p, false);
    }

    /** A global shortcut, from the shortcuts menu. */
    public CompletableFuture<DeliveryResult> shortcut(Universe u, Workspace ws, User user, String callbackId) {
        ObjectNode p = common(u, ws, user, "shortcut");
        p.put("callback_id", callbackId).put("trigger_id", Interactions.trigger(u, user.id(), null))
                .put("action_ts", ws.eventTs());
        return interactions.interactive(u, ws, "shortcut:" + callbackId, p, false);
    }

    /** A message shortcut, from a message's menu; it carries the message and a response_url for its channel. */
    public CompletableFuture<DeliveryResult> messageAction(Universe u, Workspace ws, String twinUrl, User user,
                                                           Conversation c, Message m, String callbackId) {
        ObjectNode p = common(u, ws, user, "message_action");
        p.put("callback_id", callbackId).put("trigger_id", Interactions.trigger(u, user.id(), null))
                .put("action_ts", ws.eventTs()).put("message_ts", m.ts());
        p.putObject("channel").put("id", c.id()).put("name", c.isChannel() ? c.name() : "directmessage");
        p.set("message", ws.json(m));
        p.put("response_url", ResponseUrls.of(twinUrl, Secrets.signingSecret(u),
                new ResponseUrls.Target(c.id(), null, user.id())));
        return interactions.interactive(u, ws, "message_action:" + callbackId, p, false);
    }

    private static ObjectNode common(Universe u, Workspace ws, User user, String type) {
        Team team = ws.team();
        ObjectNode p = Json.object();
        p.put("type", type);
        p.putObject("team").put("id", team.id()).put("domain", team.domain());
        p.putObject("user").put("id", user.id()).put("username", user.name()).put("name", user.name())
                .put("team_id", team.id());
        p.put("api_app_id", ws.app().appId()).put("token", Secrets.verificationToken(u));
        p.putNull("enterprise");
        p.put("is_enterprise_install", false);
        return p;
    }

    private static String callbackId(Views.Shown view) {
        JsonNode id = view.view().get("callback_id");
        return id == null || id.asText().isEmpty() ? view.id() : id.asText();
    }
}
