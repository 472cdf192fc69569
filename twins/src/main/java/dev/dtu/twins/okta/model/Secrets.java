package dev.dtu.twins.okta.model;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable values: authorization codes, refresh tokens, token ids. Codes and refresh tokens are stored
 * under their {@link #digest} only, so the state (and the data directory) cannot hand a live one out; 256
 * random bits need no slow hash.
 */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The key an issued code or refresh token is stored under: its SHA-256, base64url. */
    public static String digest(String secret) {
        return dev.dtu.server.oauth.OAuthDigests.storageKey(secret);
    }
}
