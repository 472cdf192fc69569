package dev.dtu.twins.okta.oauth;

import java.time.Instant;

/** A revoked access or ID token, by its {@code jti}; kept until it would have expired anyway. */
public record RevokedToken(String jti, Instant expiresAt) {
}
