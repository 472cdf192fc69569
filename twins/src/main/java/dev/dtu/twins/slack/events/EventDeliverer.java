package dev.dtu.twins.slack.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.delivery.DeliveryResult;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.CredentialSpec;
import dev.dtu.server.universe.Universe;
import dev.dtu.twins.slack.model.AppConfig;
import dev.dtu.twins.slack.model.Team;
import dev.dtu.twins.slack.model.Workspace;
import dev.dtu.twins.slack.model.WorkspaceEvent;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The Events API: wraps each event the app's bot may see in an event_callback envelope and POSTs it,
 * signed, to the app's event request URL once that URL passed url_verification; in Socket Mode it sends the
 * same envelope over the app's WebSockets as an {@code events_api} envelope instead.
 */
public final class EventDeliverer implements EventSink {
    private final SecureRandom random = new SecureRandom();
    private final UrlVerification verification = new UrlVerification();
    private final SocketMode socketMode;

    public EventDeliverer(SocketMode socketMode) {
        this.socketMode = socketMode;
    }

    @Override
    public void publish(Universe universe, List<WorkspaceEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Workspace ws = new Workspace(new Tx(universe.state()), universe.clock().instant());
        AppConfig app = ws.app();
        if (!app.socketMode() && app.eventRequestUrl() == null) {
            return;
        }
        for (WorkspaceEvent e : events) {
            if (!e.botCanSee()) {
                continue;
            }
            ObjectNode envelope = envelope(universe, ws, e.event());
            if (app.socketMode()) {
                overSocket(universe, e.type(), envelope);
            } else {
                deliver(universe, app.eventRequestUrl(), e.type(), envelope);
            }
        }
    }

    private void overSocket(Universe u, String type, ObjectNode envelope) {
        u.deliveries().send(u, SignedPost.of(u, Secrets.signingSecret(u), "event_callback:" + type, null,
                "application/json", Json.bytes(envelope), SignedPost.EVENT_RETRIES)
                .overSocket(socketMode.route(u, "events_api", envelope, false)));
    }

    /** Checks the URL now, as Slack does when an app's request URL is saved. */
    public CompletableFuture<Boolean> verify(Universe universe, String url) {
        return verification.verifyNow(universe, url);
    }

    private void deliver(Universe u, String url, String type, ObjectNode envelope) {
        byte[] body = Json.bytes(envelope);
        verification.ensure(u, url).thenCompose(ok -> ok
                ? u.deliveries().send(u, SignedPost.of(u, Secrets.signingSecret(u), "event_callback:" + type, url,
                        "application/json", body, SignedPost.EVENT_RETRIES))
                : CompletableFuture.<DeliveryResult>completedFuture(null));
    }

    /** The conversation an event happened in, where it names one. */
    private static String channel(ObjectNode event) {
        for (String path : new String[] {"/channel", "/item/channel", "/channel_id", "/channel/id"}) {
            JsonNode c = event.at(path);
            if (c.isTextual() && !c.asText().isEmpty()) {
                return c.asText();
            }
        }
        return null;
    }

    /** The event_callback envelope (https://api.slack.com/apis/events-api#callback-field). */
    private ObjectNode envelope(Universe u, Workspace ws, ObjectNode event) {
        Team team = ws.team();
        AppConfig app = ws.app();
        ObjectNode o = Json.object();
        o.put("token", Secrets.verificationToken(u)).put("team_id", team.id()).put("api_app_id", app.appId());
        o.set("event", event);
        o.put("type", "event_callback")
                .put("event_id", "Ev0" + CredentialSpec.alnum(random, 10).toUpperCase(Locale.ROOT))
                .put("event_time", ws.nowSeconds());
        o.putArray("authorizations").addObject().putNull("enterprise_id").put("team_id", team.id())
                .put("user_id", app.botUserId()).put("is_bot", true).put("is_enterprise_install", false);
        o.put("is_ext_shared_channel", false);
        o.put("event_context", new EventContext(event.path("type").asText(), team.id(), app.appId(), channel(event))
                .encode());
        return o;
    }
}
