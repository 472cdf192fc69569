package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import java.time.Instant;
import java.util.List;

/** A one-time session token from a SUCCESS, stored under its digest; redeemed for a session. */
public record SessionToken(String digest, String userId, List<String> amr, Instant passwordVerified,
        Instant factorVerified, Instant expiresAt) {
    public static final Kind<SessionToken> TOKENS = Kind.of("okta", "sessionTokens", SessionToken.class);

    public SessionToken {
        amr = List.copyOf(amr);
    }
}
