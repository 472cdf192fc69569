package dev.dtu.twins.slack.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.delivery.DeliveryResult;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.universe.Universe;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.AppConfig;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Message;
import dev.dtu.twins.slack.model.Team;
import dev.dtu.twins.slack.model.Triggers;
import dev.dtu.twins.slack.model.User;
import dev.dtu.twins.slack.model.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Slash commands (https://api.slack.com/interactivity/slash-commands) and block_actions payloads
 * (https://api.slack.com/reference/interaction-payloads/block-actions), sent signed like events.
 * Slack does not retry these: the person sees an error instead.
 */
public final class Interactions {
    private final SocketMode socketMode;

    public Interactions(SocketMode socketMode) {
        this.socketMode = socketMode;
    }

    public CompletableFuture<DeliveryResult> command(Universe u, Workspace ws, String twinUrl, User user,
                                                     Conversation c, String command, String text) {
        AppConfig app = ws.app();
        if (!app.slashCommands().containsKey(command)
                || !app.socketMode() && app.slashCommands().get(command).isEmpty()) {
            throw new SlackError("unknown_command");
        }
        String url = app.slashCommands().get(command);
        Team team = ws.team();
        Map<String, List<String>> form = new LinkedHashMap<>();
        put(form, "token", Secrets.verificationToken(u));
        put(form, "team_id", team.id());
        put(form, "team_domain", team.domain());
        put(form, "channel_id", c.id());
        put(form, "channel_name", c.isChannel() ? c.name() : "directmessage");
        put(form, "user_id", user.id());
        put(form, "user_name", user.name());
        put(form, "command", command);
        put(form, "text", text);
        put(form, "api_app_id", app.appId());
        put(form, "is_enterprise_install", "false");
        put(form, "response_url", ResponseUrls.of(twinUrl, Secrets.signingSecret(u),
                new ResponseUrls.Target(c.id(), null, user.id())));
        put(form, "trigger_id", trigger(u, user.id(), null));
        if (app.socketMode()) {
            ObjectNode payload = Json.object();
            form.forEach((k, v) -> payload.put(k, v.get(0)));
            return overSocket(u, "slash_command:" + command, "slash_commands", payload, true);
        }
        return send(u, "slash_command:" + command, url, QueryStrings.format(form));
    }

    public CompletableFuture<DeliveryResult> blockAction(Universe u, Workspace ws, String twinUrl, User user,
                                                         Conversation c, Message m, String actionId, String value) {
        AppConfig app = ws.app();
        if (!app.socketMode() && app.interactivityUrl() == null) {
            throw new SlackError("no_interactivity_url");
        }
        ObjectNode element = element(m.blocks(), actionId).orElseThrow(() -> new SlackError("action_not_found"));
        Team team = ws.team();
        ObjectNode p = Json.object();
        p.put("type", "block_actions");
        p.putObject("user").put("id", user.id()).put("username", user.name()).put("name", user.name())
                .put("team_id", team.id());
        p.put("api_app_id", app.appId()).put("token", Secrets.verificationToken(u));
        p.putObject("container").put("type", "message").put("message_ts", m.ts()).put("channel_id", c.id())
                .put("is_ephemeral", false);
        p.put("trigger_id", trigger(u, user.id(), null));
        p.putObject("team").put("id", team.id()).put("domain", team.domain());
        p.putNull("enterprise");
        p.put("is_enterprise_install", false);
        p.putObject("channel").put("id", c.id()).put("name", c.isChannel() ? c.name() : "directmessage");
        p.set("message", ws.json(m));
        p.putObject("state").putObject("values");
        p.put("response_url", ResponseUrls.of(twinUrl, Secrets.signingSecret(u),
                new ResponseUrls.Target(c.id(), m.ts(), user.id())));
        action(p, actionId, element, value, ws.eventTs());
        return interactive(u, ws, "block_actions:" + actionId, p, false);
    }

    /**
     * An interaction payload to the app's Request URL as a signed form ({@code payload=…}), or over its Socket Mode
     * sockets as an {@code interactive} envelope; {@code acceptsResponse} where Slack reads the app's answer
     * (view submissions). no_interactivity_url when the app has neither.
     */
    public CompletableFuture<DeliveryResult> interactive(Universe u, Workspace ws, String event, ObjectNode payload,
                                                         boolean acceptsResponse) {
        AppConfig app = ws.app();
        if (app.socketMode()) {
            return overSocket(u, event, "interactive", payload, acceptsResponse);
        }
        if (app.interactivityUrl() == null) {
            throw new SlackError("no_interactivity_url");
        }
        Map<String, List<String>> form = new LinkedHashMap<>();
        put(form, "payload", Json.text(payload));
        return send(u, event, app.interactivityUrl(), QueryStrings.format(form));
    }

    /** The interactive element with this action_id in these blocks, with its block's id. */
    public static Optional<ObjectNode> element(JsonNode blocks, String actionId) {
        if (blocks == null) {
            return Optional.empty();
        }
        for (JsonNode block : blocks) {
            for (JsonNode el : candidates(block)) {
                if (actionId.equals(el.path("action_id").asText(null))) {
                    ObjectNode found = el.deepCopy();
                    found.put("block_id", block.path("block_id").asText(""));
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    private static List<JsonNode> candidates(JsonNode block) {
        List<JsonNode> out = new java.util.ArrayList<>();
        block.path("elements").forEach(out::add);
        if (block.has("accessory")) {
            out.add(block.get("accessory"));
        }
        return out;
    }

    /**
     * The payload as a Socket Mode envelope; {@code accepts_response_payload} is true where the HTTP answer would
     * be used (slash commands, view submissions). Not retried, as over HTTP.
     */
    private CompletableFuture<DeliveryResult> overSocket(Universe u, String event, String type, ObjectNode payload,
                                                        boolean acceptsResponse) {
        byte[] body = Json.bytes(payload);
        return u.deliveries().send(u, SignedPost.of(u, Secrets.signingSecret(u), event, null, "application/json",
                body, List.of()).overSocket(socketMode.route(u, type, payload, acceptsResponse)));
    }

    private CompletableFuture<DeliveryResult> send(Universe u, String event, String url, String form) {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        return u.deliveries().send(u, SignedPost.of(u, Secrets.signingSecret(u), event, url,
                "application/x-www-form-urlencoded", body, List.of()));
    }

    /** A fresh trigger_id for an interaction of {@code user} (in view {@code viewId}, or null), kept in the state. */
    public static String trigger(Universe u, String user, String viewId) {
        return u.write(tx -> new Triggers(new Workspace(tx, u.clock().instant())).issue(user, viewId));
    }

    private static void put(Map<String, List<String>> form, String key, String value) {
        form.put(key, List.of(value == null ? "" : value));
    }

    /** The payload's {@code actions}: the one element the person used, with its value (given, or the element's). */
    static void action(ObjectNode payload, String actionId, JsonNode element, String value, String actionTs) {
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", actionId).put("block_id", element.path("block_id").asText());
        if (element.has("text")) {
            action.set("text", element.get("text"));
        }
        String v = value != null ? value : element.path("value").asText(null);
        if (v != null) {
            action.put("value", v);
        }
        action.put("type", element.path("type").asText("button")).put("action_ts", actionTs);
    }
}
