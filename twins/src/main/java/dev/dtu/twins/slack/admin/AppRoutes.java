package dev.dtu.twins.slack.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.events.EventDeliverer;
import dev.dtu.twins.slack.events.SocketMode;
import dev.dtu.twins.slack.model.AppConfig;
import dev.dtu.twins.slack.model.SlackKinds;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Shows and changes the app's request URLs and its Socket Mode toggle. A new event URL must pass url_verification,
 * as in Slack (not in Socket Mode, where it is not used). Socket Mode's sockets can be listed and told to reconnect.
 */
public final class AppRoutes {
    private final EventDeliverer events;
    private final SocketMode socketMode;

    public AppRoutes(EventDeliverer events, SocketMode socketMode) {
        this.events = events;
        this.socketMode = socketMode;
    }

    Response sockets(TwinCall call) {
        AppConfig app = call.state().get(SlackKinds.APP, AppConfig.ID).orElseThrow();
        ObjectNode o = Json.object().put("ok", true).put("socketMode", app.socketMode());
        o.putArray("connections");
        socketMode.connections(call.universe()).forEach(o.withArray("connections")::add);
        return Response.json(200, o);
    }

    /** Sends Slack's {@code disconnect} message with {@code reason} to every open socket of the app. */
    Response disconnect(TwinCall call, ObjectNode body) {
        String reason = body.path("reason").asText("refresh_requested");
        if (!SocketMode.DISCONNECT_REASONS.contains(reason)) {
            throw new SlackError.InvalidArguments("reason must be one of "
                    + SocketMode.DISCONNECT_REASONS);
        }
        return Response.json(200, Json.object().put("ok", true)
                .put("disconnected", socketMode.disconnect(call.universe(), reason)));
    }

    Response show(TwinCall call) {
        return Response.json(200, json(call.state().get(SlackKinds.APP, AppConfig.ID).orElseThrow()));
    }

    Response configure(TwinCall call, ObjectNode body) {
        AppConfig current = call.state().get(SlackKinds.APP, AppConfig.ID).orElseThrow();
        String eventUrl = field(body, "eventRequestUrl", current.eventRequestUrl());
        String interactivity = field(body, "interactivityUrl", current.interactivityUrl());
        Map<String, String> commands = new HashMap<>(current.slashCommands());
        if (body.has("slashCommands")) {
            commands.clear();
            body.get("slashCommands").fields().forEachRemaining(f -> commands.put(f.getKey(),
                    f.getValue().isNull() ? null : f.getValue().asText()));
        }
        JsonNode toggle = body.path("socketMode");
        if (!toggle.isMissingNode() && !toggle.isBoolean()) {
            throw new SlackError.InvalidArguments("socketMode must be true or false");
        }
        boolean socket = toggle.asBoolean(current.socketMode());
        if (!socket && eventUrl != null && !eventUrl.equals(current.eventRequestUrl())) {
            verify(call, eventUrl);
        }
        AppConfig updated = call.write(tx -> tx.put(SlackKinds.APP, AppConfig.ID,
                current.withUrls(eventUrl, commands, interactivity).withSocketMode(socket)));
        if (current.socketMode() && !socket) {
            socketMode.disconnect(call.universe(), "link_disabled"); // Socket Mode turned off in the app config
        }
        return Response.json(200, json(updated));
    }

    private void verify(TwinCall call, String url) {
        boolean ok;
        try {
            ok = events.verify(call.universe(), url).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        if (!ok) {
            throw new SlackError("url_verification_failed");
        }
    }

    private static String field(ObjectNode body, String name, String current) {
        if (!body.has(name)) {
            return current;
        }
        JsonNode v = body.get(name);
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual() || !(v.asText().startsWith("http://") || v.asText().startsWith("https://"))) {
            throw new SlackError("invalid_url");
        }
        return v.asText();
    }

    private static ObjectNode json(AppConfig app) {
        ObjectNode o = Json.object();
        o.put("ok", true);
        o.set("app", Json.tree(app));
        return o;
    }
}
