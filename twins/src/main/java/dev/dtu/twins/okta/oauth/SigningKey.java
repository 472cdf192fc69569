package dev.dtu.twins.okta.oauth;

import java.time.Instant;

/**
 * An RS256 key of the universe, kept as a private JWK (JSON) so it survives durable storage. The newest
 * key signs; the previous one stays published in the JWKS after a rotation so tokens it signed still verify.
 */
public record SigningKey(String kid, String privateJwk, Instant created) {
}
