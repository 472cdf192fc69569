package dev.dtu.twins.slack.model;

import java.util.List;

/**
 * A refresh token of token rotation, stored under its SHA-256. Spent by oauth.v2.access with
 * grant_type=refresh_token, which issues a new access token and a new refresh token.
 */
public record RefreshGrant(String digest, String type, String userId, String botId, List<String> scopes,
                           boolean revoked) {
    public RefreshGrant {
        scopes = List.copyOf(scopes);
    }

    public RefreshGrant revokedNow() {
        return new RefreshGrant(digest, type, userId, botId, scopes, true);
    }
}
