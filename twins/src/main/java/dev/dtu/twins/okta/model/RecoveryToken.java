package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import java.time.Instant;

/** A password recovery token (emailed, or from lifecycle/reset_password), stored under its digest. */
public record RecoveryToken(String digest, String userId, Instant expiresAt) {
    public static final Kind<RecoveryToken> TOKENS = Kind.of("okta", "recoveryTokens", RecoveryToken.class);
}
