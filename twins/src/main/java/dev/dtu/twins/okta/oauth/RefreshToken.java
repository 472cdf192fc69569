package dev.dtu.twins.okta.oauth;

import dev.dtu.twins.okta.model.Secrets;
import java.time.Instant;
import java.util.List;

/** An issued refresh token, stored under its {@link #key digest} (the token itself is not kept); rotated on every use. */
public record RefreshToken(String digest, String server, String clientId, String userId, List<String> scopes,
        Instant authTime, Instant issuedAt, Instant expiresAt) implements Redeemable {

    public RefreshToken {
        scopes = List.copyOf(scopes);
    }

    /** Where a presented refresh token would be stored. */
    public static String key(String token) {
        return Secrets.digest(token);
    }
}
