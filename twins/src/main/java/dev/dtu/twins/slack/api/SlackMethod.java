package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Web API method: its name, rate tier, whether it writes, and its scope: null when none, or with a
 * "{type}" placeholder when it depends on the conversation (the handler checks those).
 */
public record SlackMethod(String name, Tier tier, boolean writes, boolean authed, String scope, Handler handler) {
    /** The scope every call needs whatever its arguments, checked before the handler runs. */
    public java.util.Optional<String> upfrontScope() {
        return java.util.Optional.ofNullable(scope).filter(s -> !s.contains("{") && !name.equals("conversations.join"));
    }

    @FunctionalInterface
    public interface Handler {
        /** The answer's fields besides {@code ok}; failures are thrown as SlackError. */
        ObjectNode handle(MethodCall call);
    }
}
