package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import java.time.Duration;

/**
 * The org's sign-on and default password policy as the Authentication API applies them. Without an entity the
 * org has Okta's defaults: no MFA prompt, lockout after 10 failed attempts, lockout failures hidden (a
 * locked-out user gets the same E0000004 as a wrong password), sessions of 2 hours. The admin API
 * ({@code PUT /_dtu/universes/{id}/okta/signOnPolicy}) changes them until {@code /api/v1/policies} is modelled.
 */
public record SignOnPolicy(boolean requireFactor, int maxAttempts, boolean showLockoutFailures,
        int sessionLifetimeMinutes) {
    public static final Kind<SignOnPolicy> POLICY = Kind.of("okta", "signOnPolicy", SignOnPolicy.class);
    public static final String ID = "default";
    public static final SignOnPolicy DEFAULT = new SignOnPolicy(false, 10, false, 120);

    public static SignOnPolicy of(State state) {
        return state.get(POLICY, ID).orElse(DEFAULT);
    }

    public Duration sessionLifetime() {
        return Duration.ofMinutes(sessionLifetimeMinutes);
    }
}
