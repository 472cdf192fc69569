package dev.dtu.twins.okta.oauth;

import java.time.Instant;
import java.util.List;

/** An issued authorization code, stored under its digest (the code itself is not kept); used once. */
public record AuthorizationCode(String digest, String server, String clientId, String userId, String redirectUri,
        List<String> scopes, String nonce, String codeChallenge, Instant authTime, Instant expiresAt)
        implements Redeemable {

    public AuthorizationCode {
        scopes = List.copyOf(scopes);
    }
}
