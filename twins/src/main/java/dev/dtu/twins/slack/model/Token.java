package dev.dtu.twins.slack.model;

import java.util.List;

/**
 * An OAuth token's record. Its id is the framework credential name ("bot", "user:U0…"); the secret
 * itself is minted per universe and never stored in state.
 *
 * @param type "bot" (xoxb-) or "user" (xoxp-)
 */
public record Token(String id, String type, String userId, String botId, List<String> scopes, boolean revoked) {
    public Token {
        scopes = List.copyOf(scopes);
    }

    public boolean isBot() {
        return "bot".equals(type);
    }

    public boolean has(String scope) {
        return scopes.contains(scope);
    }
}
