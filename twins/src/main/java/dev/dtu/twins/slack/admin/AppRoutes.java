package dev.dtu.twins.slack.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.events.EventDeliverer;
import dev.dtu.twins.slack.model.AppConfig;
import dev.dtu.twins.slack.model.SlackKinds;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Shows and changes the app's request URLs. A new event URL must pass url_verification, as in Slack. */
public final class AppRoutes {
    private final EventDeliverer events;

    public AppRoutes(EventDeliverer events) {
        this.events = events;
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
            body.get("slashCommands").fields().forEachRemaining(f -> commands.put(f.getKey(), f.getValue().asText()));
        }
        if (eventUrl != null && !eventUrl.equals(current.eventRequestUrl())) {
            verify(call, eventUrl);
        }
        AppConfig updated = call.write(tx -> tx.put(SlackKinds.APP, AppConfig.ID,
                current.withUrls(eventUrl, commands, interactivity)));
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
