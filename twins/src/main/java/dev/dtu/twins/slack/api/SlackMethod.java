package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Web API method: its name, rate tier, whether it writes, and its scope (null when none). When
 * {@code scopeUpfront} the scope is checked before the handler runs; otherwise it depends on the
 * conversation or the token type, {@code scope} only documents it, and the handler checks it.
 */
public record SlackMethod(String name, Tier tier, boolean writes, boolean authed, String scope, boolean scopeUpfront,
                          Handler handler) {
    @FunctionalInterface
    public interface Handler {
        /** The answer's fields besides {@code ok}; failures are thrown as SlackError. */
        ObjectNode handle(MethodCall call);
    }
}
