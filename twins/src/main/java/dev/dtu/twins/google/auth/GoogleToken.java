package dev.dtu.twins.google.auth;

import java.time.Instant;
import java.util.List;

/**
 * An issued OAuth token, stored under the SHA-256 of its value (the state never holds a live token):
 * an access token, a refresh token or an authorization code, the account it acts as and its scopes.
 * A code remembers its PKCE challenge and redirect URI; a refresh token has no expiry.
 */
public record GoogleToken(String hash, String type, String accountId, List<String> scopes, String clientId,
                          Instant issuedAt, Instant expiresAt, String redirectUri, String codeChallenge,
                          String codeChallengeMethod) {
    public static final String ACCESS = "access";
    public static final String REFRESH = "refresh";
    public static final String CODE = "code";

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
