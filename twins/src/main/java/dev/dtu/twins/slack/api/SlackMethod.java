package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Web API method: its name, rate tier, whether it writes, and the scope it checks up front (null when
 * none, or when the scope depends on the conversation and the handler checks it).
 */
public record SlackMethod(String name, Tier tier, boolean writes, boolean authed, String scope, Handler handler) {
    @FunctionalInterface
    public interface Handler {
        /** The answer's fields besides {@code ok}; failures are thrown as SlackError. */
        ObjectNode handle(MethodCall call);
    }
}
