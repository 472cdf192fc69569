package dev.dtu.twins.okta.model;

import java.time.Instant;
import java.util.List;

/**
 * An Okta session. The one with id {@link #BROWSER} is the browser session the twin's non-interactive
 * {@code /authorize} uses: who is "signed in to Okta" (set by the seed's {@code okta.signedIn}, the admin API,
 * a {@code login_hint} or a {@code sessionToken}; ended by {@code /logout}). The others are Sessions API
 * sessions, created from a session token.
 */
public record Session(String id, String userId, Instant created, Instant expiresAt, Instant lastPasswordVerification,
        Instant lastFactorVerification, List<String> amr) {
    public static final String BROWSER = "browser";

    public Session {
        amr = amr == null ? List.of() : List.copyOf(amr);
    }

    public Session(String id, String userId, Instant created) {
        this(id, userId, created, null, null, null, List.of());
    }

    public Session refreshed(Instant newExpiry) {
        return new Session(id, userId, created, newExpiry, lastPasswordVerification, lastFactorVerification, amr);
    }

    public boolean activeAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }
}
