package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.events.EventContext;
import dev.dtu.twins.slack.events.SocketMode;
import dev.dtu.twins.slack.model.AppConfig;

/** apps.connections.open (https://api.slack.com/methods/apps.connections.open): Socket Mode's WebSocket URL. */
final class AppsApi {
    private AppsApi() {}

    /** The URL is on the host the app reached the twin by, so it works behind any address the app uses. */
    static ObjectNode connectionsOpen(MethodCall m, SocketMode socketMode) {
        ObjectNode body = MethodCall.body();
        body.put("url", socketMode.open(m.universe(), m.ws().filesUrl(), m.ws().app().appId()));
        return body;
    }

    /**
     * apps.event.authorizations.list (https://docs.slack.dev/reference/methods/apps.event.authorizations.list): who an
     * event was delivered for, from its event_context. The app is installed in one workspace by its bot, so that is
     * the one authorization; a context of another app is auth_mismatch, anything else invalid_event_context.
     */
    static ObjectNode eventAuthorizationsList(MethodCall m) {
        String text = m.args().string("event_context")
                .orElseThrow(() -> new SlackError.InvalidArguments("missing required field: event_context"));
        EventContext context = EventContext.decode(text).orElseThrow(() -> new SlackError("invalid_event_context"));
        AppConfig app = m.ws().app();
        if (!context.appId().equals(app.appId()) || !context.teamId().equals(m.ws().team().id())) {
            throw new SlackError("auth_mismatch");
        }
        java.util.List<String> one = java.util.List.of(app.botUserId());
        Page<String> page = Page.of(one, s -> s, "authorization", false, m.args().cursor().orElse(null), m.args().limit());
        ObjectNode body = MethodCall.body();
        var out = body.putArray("authorizations");
        page.items().forEach(user -> out.addObject().putNull("enterprise_id").put("team_id", context.teamId())
                .put("user_id", user).put("is_bot", true).put("is_enterprise_install", false));
        if (page.hasMore()) {
            body.put("cursor_next", page.nextCursor()); // this method's own name for the next cursor
        }
        return body;
    }
}
