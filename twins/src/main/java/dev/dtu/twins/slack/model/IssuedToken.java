package dev.dtu.twins.slack.model;

import java.util.List;

/**
 * A token the twin issued at run time (an OAuth install, a refresh, an exchange), stored under the SHA-256 of the
 * token: the universe's state never holds a live token.
 *
 * @param type "bot" or "user"
 * @param expiresAt epoch seconds, or 0 for a token that does not expire (no token rotation)
 * @param refreshDigest the SHA-256 of its refresh token (null without rotation)
 */
public record IssuedToken(String digest, String type, String userId, String botId, List<String> scopes,
                          long expiresAt, String refreshDigest, boolean revoked) {
    public IssuedToken {
        scopes = List.copyOf(scopes);
    }

    public boolean isBot() {
        return "bot".equals(type);
    }

    public boolean expired(long now) {
        return expiresAt > 0 && now >= expiresAt;
    }

    public IssuedToken revokedNow() {
        return new IssuedToken(digest, type, userId, botId, scopes, expiresAt, refreshDigest, true);
    }

    public static final String PREFIX = "issued:";

    /** As the Web API's callers see a token: its id names the record. */
    public Token asToken() {
        return new Token(PREFIX + digest, type, userId, botId, scopes, revoked);
    }
}
