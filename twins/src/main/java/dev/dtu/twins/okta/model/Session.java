package dev.dtu.twins.okta.model;

import java.time.Instant;

/**
 * The browser session the twin's non-interactive {@code /authorize} uses: who is "signed in to Okta".
 * Set by the seed ({@code okta.signedIn}), the admin API, or a {@code login_hint}; ended by {@code /logout}.
 */
public record Session(String id, String userId, Instant created) {
    public static final String BROWSER = "browser";
}
