package dev.dtu.twins.okta.model;

import java.time.Instant;

/**
 * An org-wide IdP key credential ({@code /api/v1/idps/credentials/keys}): the X.509 certificate (base64 DER, the
 * JWK's {@code x5c}) an admin uploaded to verify what an identity provider signs. Keyed by its kid.
 */
public record IdpKey(String id, String certificate, Instant created, Instant lastUpdated, Instant expiresAt) {
}
