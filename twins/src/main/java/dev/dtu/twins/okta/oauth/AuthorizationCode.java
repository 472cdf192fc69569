package dev.dtu.twins.okta.oauth;

import java.time.Instant;
import java.util.List;

/** An issued authorization code, keyed by the code itself; used once. */
public record AuthorizationCode(String code, String server, String clientId, String userId, String redirectUri,
        List<String> scopes, String nonce, String codeChallenge, Instant authTime, Instant expiresAt)
        implements Redeemable {

    public AuthorizationCode {
        scopes = List.copyOf(scopes);
    }
}
