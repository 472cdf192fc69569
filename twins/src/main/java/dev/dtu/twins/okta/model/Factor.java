package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Confidential;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A factor enrolled for a user. {@code profile} is Okta's factor profile as the client sees it (phone number,
 * email, question, credential id); {@code secret} is the TOTP shared secret (base32) or the hash of a security
 * answer; {@code passCode} the last one-time code sent (SMS, call, email) until it is used or expires.
 */
public record Factor(String id, String userId, FactorType type, String provider, FactorStatus status,
        Instant created, Instant lastUpdated, Map<String, Object> profile, String secret, String passCode,
        Instant passCodeExpiresAt) implements Confidential {

    public Factor {
        profile = Collections.unmodifiableMap(new LinkedHashMap<>(profile == null ? Map.of() : profile));
    }

    /** The state dump shows that a secret or code is set, not its value. */
    @Override
    public Object shown() {
        return new Factor(id, userId, type, provider, status, created, lastUpdated, profile,
                secret == null ? null : "[okta:factorSecret]", passCode == null ? null : "[okta:passCode]",
                passCodeExpiresAt);
    }

    public Factor activated(Instant now) {
        return new Factor(id, userId, type, provider, FactorStatus.ACTIVE, created, now, profile, secret, null, null);
    }

    public Factor withPassCode(String code, Instant expiresAt, Instant now) {
        return new Factor(id, userId, type, provider, status, created, now, profile, secret, code, expiresAt);
    }
}
