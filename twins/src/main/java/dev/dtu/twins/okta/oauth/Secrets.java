package dev.dtu.twins.okta.oauth;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable values: authorization codes, refresh tokens, token ids. */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
