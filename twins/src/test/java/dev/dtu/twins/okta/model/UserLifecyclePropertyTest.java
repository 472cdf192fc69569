package dev.dtu.twins.okta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/** Random sequences of lifecycle operations against the state machine read from Okta's docs. */
class UserLifecyclePropertyTest {

    /** One user as the twin would hold it, with the last accepted move. */
    static final class Account {
        UserStatus status;
        UserCredentials credentials;
        Transition lastTransition;
        UserCredentials credentialsAtLastTransition;
        int rejections;

        Account(UserStatus status, UserCredentials credentials) {
            this.status = status;
            this.credentials = status == UserStatus.DEPROVISIONED ? credentials.withoutPassword() : credentials;
        }

        void perform(LifecycleOperation operation) {
            UserStatus before = status;
            UserCredentials credentialsBefore = credentials;
            Optional<UserStatus> documented = DocumentedLifecycle.target(before, operation, credentialsBefore);
            try {
                Transition transition = UserLifecycle.apply(before, operation, credentialsBefore);
                assertEquals(documented, Optional.of(transition.to()), before + " " + operation.pathSegment());
                status = transition.to();
                credentialsAtLastTransition = credentials;
                credentials = transition.deletesPassword() ? credentials.withoutPassword() : credentials;
                lastTransition = transition;
            } catch (OktaException e) {
                assertEquals(Optional.empty(), documented, before + " " + operation.pathSegment() + " was rejected");
                assertEquals(DocumentedLifecycle.ERROR.get(operation), DocumentedLifecycle.error(e));
                assertEquals(UserLifecycle.rejection(operation).errorSummary(), e.errorSummary());
                assertEquals(before, status);
                assertEquals(credentialsBefore, credentials);
                rejections++;
            }
        }

        /** An admin sets a password (update user); Okta does not update DEPROVISIONED users. */
        void setPassword() {
            if (status != UserStatus.DEPROVISIONED) {
                credentials = new UserCredentials(true, credentials.hasRecoveryQuestion(), credentials.provider());
            }
        }

        @Override
        public String toString() {
            return status + " " + credentials;
        }
    }

    @Property(tries = 300)
    void everySequenceFollowsTheDocumentedStateMachine(@ForAll("accounts") ActionChain<Account> chain) {
        chain.withInvariant("status is one of Okta's", account -> assertNotNull(account.status))
                .withInvariant("a deprovisioned user has no password",
                        account -> assertFalse(account.status == UserStatus.DEPROVISIONED && account.credentials.hasPassword()))
                .withInvariant("DEPROVISIONED is left only through activate", UserLifecyclePropertyTest::leftOnlyByActivate)
                .withInvariant("ACTIVE after activate means the user can sign in", UserLifecyclePropertyTest::activeAfterActivate)
                .run();
    }

    @Property
    void illegalMovesThrowTheDocumentedErrorAndLegalOnesDoNot(@ForAll UserStatus from,
            @ForAll LifecycleOperation operation, @ForAll("credentials") UserCredentials credentials) {
        Account account = new Account(from, credentials);
        boolean allowed = UserLifecycle.allows(from, operation);
        account.perform(operation);
        assertEquals(allowed ? 0 : 1, account.rejections);
        assertEquals(allowed, DocumentedLifecycle.target(from, operation, credentials).isPresent());
    }

    @Property
    void deactivateAlwaysReachesDeprovisionedFromAnyOtherStatus(@ForAll UserStatus from,
            @ForAll("credentials") UserCredentials credentials) {
        if (from == UserStatus.DEPROVISIONED) {
            assertFalse(UserLifecycle.allows(from, LifecycleOperation.DEACTIVATE));
            return;
        }
        assertEquals(UserStatus.DEPROVISIONED, UserLifecycle.apply(from, LifecycleOperation.DEACTIVATE, credentials).to());
    }

    @Property
    void deprovisionedUsersLeaveOnlyThroughActivate(@ForAll LifecycleOperation operation,
            @ForAll("credentials") UserCredentials credentials) {
        assertEquals(operation == LifecycleOperation.ACTIVATE,
                UserLifecycle.allows(UserStatus.DEPROVISIONED, operation));
    }

    @Property
    void deletingTwiceAlwaysDeletes(@ForAll UserStatus from, @ForAll("credentials") UserCredentials credentials) {
        UserStatus afterFirst = switch (UserLifecycle.delete(from)) {
            case DEACTIVATED -> UserLifecycle.apply(from, LifecycleOperation.DEACTIVATE, credentials).to();
            case DELETED -> null;
        };
        assertTrue(afterFirst == null || UserLifecycle.delete(afterFirst) == DeleteOutcome.DELETED);
        assertEquals(from == UserStatus.DEPROVISIONED, afterFirst == null);
    }

    @Property
    void createdUsersStartStagedProvisionedActiveOrPasswordExpired(@ForAll boolean activate,
            @ForAll("credentials") UserCredentials credentials, @ForAll boolean changePassword) {
        UserNextLogin nextLogin = changePassword ? UserNextLogin.CHANGE_PASSWORD : null;
        try {
            UserStatus status = UserLifecycle.initialStatus(activate, credentials, nextLogin);
            UserStatus expected = !activate ? UserStatus.STAGED
                    : changePassword ? UserStatus.PASSWORD_EXPIRED
                    : credentials.hasPassword() || credentials.provider().isExternalIdentityProvider()
                            ? UserStatus.ACTIVE : UserStatus.PROVISIONED;
            assertEquals(expected, status);
        } catch (OktaException e) {
            assertTrue(changePassword, "only nextLogin=changePassword can fail");
            assertEquals(!activate ? "E0000125" : "E0000124", e.errorCode());
            assertTrue(!activate || !credentials.hasPassword());
        }
    }

    @Provide
    Arbitrary<ActionChain<Account>> accounts() {
        return Combinators.combine(Arbitraries.of(UserStatus.class), credentials())
                .flatAs((status, credentials) -> ActionChain.<Account>startWith(() -> new Account(status, credentials))
                        .withAction(9, operations())
                        .withAction(1, Action.just(Transformer.mutate("set password", Account::setPassword)))
                        .withMaxTransformations(40));
    }

    private static Action.Independent<Account> operations() {
        return () -> Arbitraries.of(LifecycleOperation.class)
                .map(op -> Transformer.mutate(op.pathSegment(), account -> account.perform(op)));
    }

    @Provide
    Arbitrary<UserCredentials> credentials() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(AuthenticationProviderType.class)).as(UserCredentials::new);
    }

    private static void leftOnlyByActivate(Account account) {
        Transition last = account.lastTransition;
        if (last != null && last.from() == UserStatus.DEPROVISIONED && last.to() != UserStatus.DEPROVISIONED) {
            assertEquals(LifecycleOperation.ACTIVATE, last.operation());
        }
    }

    private static void activeAfterActivate(Account account) {
        Transition last = account.lastTransition;
        if (last == null || last.operation() != LifecycleOperation.ACTIVATE) {
            return;
        }
        UserCredentials credentials = account.credentialsAtLastTransition;
        if (last.to() != (credentials.canSignInAfterActivation() ? UserStatus.ACTIVE : UserStatus.PROVISIONED)) {
            fail("activate led to " + last.to() + " for " + credentials);
        }
    }
}
