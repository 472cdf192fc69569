package dev.dtu.twins.okta.model;

import java.time.Instant;

/**
 * A Classic authentication transaction, stored under the digest of its state token (the token itself is not
 * kept). {@code factorId} is the factor being challenged, enrolled or used for recovery; {@code pushId} the
 * push transaction the person has not answered yet; {@code recoveryType} PASSWORD while recovering.
 */
public record AuthnTransaction(String digest, String userId, AuthnStatus status, String factorId, String pushId,
        String recoveryType, String relayState, Instant passwordVerified, Instant expiresAt) {

    public AuthnTransaction to(AuthnStatus next, String factor, String push) {
        return new AuthnTransaction(digest, userId, next, factor, push, recoveryType, relayState, passwordVerified,
                expiresAt);
    }
}
