package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import java.util.List;

/** The Authentication API's kinds of state. */
public final class Authns {
    public static final Kind<AuthnTransaction> TRANSACTIONS = Kind.of("okta", "authnTransactions",
            AuthnTransaction.class);

    private Authns() {
    }

    public static List<Kind<?>> kinds() {
        return List.of(TRANSACTIONS, SignInAttempts.ATTEMPTS, SessionToken.TOKENS, RecoveryToken.TOKENS,
                RecoveryAnswer.ANSWERS, SignOnPolicy.POLICY, Factors.FACTORS, Factors.TRANSACTIONS, Factors.OUTBOX,
                Authenticators.AUTHENTICATORS, AuthenticatorMethods.METHODS, CustomAaguids.AAGUIDS);
    }
}
