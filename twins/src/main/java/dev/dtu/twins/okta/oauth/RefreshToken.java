package dev.dtu.twins.okta.oauth;

import java.time.Instant;
import java.util.List;

/** An issued refresh token, keyed by the token itself; rotated on every use. */
public record RefreshToken(String token, String server, String clientId, String userId, List<String> scopes,
        Instant authTime, Instant issuedAt, Instant expiresAt) implements Redeemable {

    public RefreshToken {
        scopes = List.copyOf(scopes);
    }
}
