package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.events.SocketMode;

/** apps.connections.open (https://api.slack.com/methods/apps.connections.open): Socket Mode's WebSocket URL. */
final class AppsApi {
    private AppsApi() {}

    /** The URL is on the host the app reached the twin by, so it works behind any address the app uses. */
    static ObjectNode connectionsOpen(MethodCall m, SocketMode socketMode) {
        ObjectNode body = MethodCall.body();
        body.put("url", socketMode.open(m.universe(), m.ws().filesUrl(), m.ws().app().appId()));
        return body;
    }
}
