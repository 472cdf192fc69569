package dev.dtu.twins.okta.model;

import java.time.Instant;

/** A push sent to the person's device: WAITING until they approve or reject it, or it times out. */
public record FactorTransaction(String id, String userId, String factorId, FactorResult result, Instant created,
        Instant expiresAt) {

    public FactorTransaction decided(FactorResult decision) {
        return new FactorTransaction(id, userId, factorId, decision, created, expiresAt);
    }

    /** The result at {@code now}: a push nobody answered in time is TIMEOUT. */
    public FactorResult resultAt(Instant now) {
        return result == FactorResult.WAITING && !now.isBefore(expiresAt) ? FactorResult.TIMEOUT : result;
    }
}
