package dev.dtu.twins.okta.model;

import java.time.Instant;

/**
 * One answer of the Authentication API: the transaction's status and what its body embeds. {@code stateToken}
 * is set while the transaction goes on, {@code sessionToken} on SUCCESS; {@code factor} is the factor being
 * challenged, enrolled or activated; {@code factorResult} a push's or a challenge's result.
 */
public record AuthnAnswer(AuthnStatus status, User user, String stateToken, String sessionToken, Instant expiresAt,
        String relayState, Factor factor, FactorResult factorResult, String recoveryType, String factorType) {

    static AuthnAnswer of(AuthnStatus status, User user, String stateToken, AuthnTransaction tx) {
        return new AuthnAnswer(status, user, stateToken, null, tx == null ? null : tx.expiresAt(),
                tx == null ? null : tx.relayState(), null, null, tx == null ? null : tx.recoveryType(), null);
    }

    AuthnAnswer with(Factor f, FactorResult result) {
        return new AuthnAnswer(status, user, stateToken, sessionToken, expiresAt, relayState, f, result, recoveryType,
                factorType);
    }
}
