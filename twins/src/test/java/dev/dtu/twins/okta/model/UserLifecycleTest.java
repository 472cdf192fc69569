package dev.dtu.twins.okta.model;

import static dev.dtu.twins.okta.model.LifecycleOperation.ACTIVATE;
import static dev.dtu.twins.okta.model.LifecycleOperation.DEACTIVATE;
import static dev.dtu.twins.okta.model.LifecycleOperation.EXPIRE_PASSWORD;
import static dev.dtu.twins.okta.model.LifecycleOperation.EXPIRE_PASSWORD_WITH_TEMP_PASSWORD;
import static dev.dtu.twins.okta.model.LifecycleOperation.REACTIVATE;
import static dev.dtu.twins.okta.model.LifecycleOperation.RESET_PASSWORD;
import static dev.dtu.twins.okta.model.LifecycleOperation.SUSPEND;
import static dev.dtu.twins.okta.model.LifecycleOperation.UNLOCK;
import static dev.dtu.twins.okta.model.LifecycleOperation.UNSUSPEND;
import static dev.dtu.twins.okta.model.UserStatus.ACTIVE;
import static dev.dtu.twins.okta.model.UserStatus.DEPROVISIONED;
import static dev.dtu.twins.okta.model.UserStatus.LOCKED_OUT;
import static dev.dtu.twins.okta.model.UserStatus.PASSWORD_EXPIRED;
import static dev.dtu.twins.okta.model.UserStatus.PROVISIONED;
import static dev.dtu.twins.okta.model.UserStatus.RECOVERY;
import static dev.dtu.twins.okta.model.UserStatus.STAGED;
import static dev.dtu.twins.okta.model.UserStatus.SUSPENDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserLifecycleTest {

    private static final UserCredentials PASSWORD = UserCredentials.withPassword();
    private static final UserCredentials NONE = UserCredentials.none();
    private static final UserCredentials FEDERATED =
            new UserCredentials(false, false, AuthenticationProviderType.FEDERATION);

    private static UserStatus apply(UserStatus from, LifecycleOperation op, UserCredentials credentials) {
        Transition transition = UserLifecycle.apply(from, op, credentials);
        assertEquals(from, transition.from());
        assertEquals(op, transition.operation());
        return transition.to();
    }

    private static OktaException rejected(UserStatus from, LifecycleOperation op) {
        return assertThrows(OktaException.class, () -> UserLifecycle.apply(from, op, PASSWORD));
    }

    @Test
    void activatingAStagedUserWithAPasswordMakesItActive() {
        assertEquals(ACTIVE, apply(STAGED, ACTIVATE, PASSWORD));
    }

    @Test
    void activatingAStagedUserWithoutAPasswordLeavesItProvisionedUntilTheWelcomeFlow() {
        assertEquals(PROVISIONED, apply(STAGED, ACTIVATE, NONE));
        assertEquals(PROVISIONED, apply(STAGED, ACTIVATE, new UserCredentials(false, true, AuthenticationProviderType.OKTA)));
    }

    @Test
    void activatingAFederatedOrSocialUserNeedsNoPassword() {
        assertEquals(ACTIVE, apply(STAGED, ACTIVATE, FEDERATED));
        assertEquals(ACTIVE, apply(STAGED, ACTIVATE, new UserCredentials(false, false, AuthenticationProviderType.SOCIAL)));
    }

    @Test
    void aDeprovisionedUserCanBeActivatedAgain() {
        assertEquals(PROVISIONED, apply(DEPROVISIONED, ACTIVATE, NONE));
        assertEquals(ACTIVE, apply(DEPROVISIONED, ACTIVATE, FEDERATED));
    }

    @Test
    void activatingAnActiveUserIsOktasAlreadyActiveError() {
        OktaException e = rejected(ACTIVE, ACTIVATE);
        assertEquals("E0000016", e.errorCode());
        assertEquals(403, e.httpStatus());
        assertEquals("Activation failed because the user is already active", e.errorSummary());
        assertEquals(List.of(), e.causes());
    }

    @Test
    void activatingAProvisionedUserIsAlsoTheAlreadyActiveError() {
        assertEquals("E0000016", rejected(PROVISIONED, ACTIVATE).errorCode());
    }

    @Test
    void reactivateRestartsActivationForProvisionedAndRecoveryUsers() {
        assertEquals(PROVISIONED, apply(PROVISIONED, REACTIVATE, NONE));
        assertEquals(PROVISIONED, apply(RECOVERY, REACTIVATE, NONE));
    }

    @Test
    void reactivatingAnActiveUserIsTheUnexpectedStatusError() {
        OktaException e = rejected(ACTIVE, REACTIVATE);
        assertEquals("E0000038", e.errorCode());
        assertEquals(403, e.httpStatus());
        assertEquals("This operation is not allowed in the user's current status.", e.errorSummary());
    }

    @Test
    void deactivateReachesDeprovisionedFromEveryOtherStatusAndDeletesThePassword() {
        for (UserStatus from : List.of(STAGED, PROVISIONED, ACTIVE, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT, SUSPENDED)) {
            Transition transition = UserLifecycle.apply(from, DEACTIVATE, PASSWORD);
            assertEquals(DEPROVISIONED, transition.to(), from.name());
            assertTrue(transition.deletesPassword());
        }
    }

    @Test
    void deactivatingADeprovisionedUserIsRejected() {
        assertEquals("E0000038", rejected(DEPROVISIONED, DEACTIVATE).errorCode());
    }

    @Test
    void onlyActiveUsersCanBeSuspended() {
        assertEquals(SUSPENDED, apply(ACTIVE, SUSPEND, PASSWORD));
        OktaException e = rejected(STAGED, SUSPEND);
        assertEquals("E0000001", e.errorCode());
        assertEquals(400, e.httpStatus());
        assertEquals("Api validation failed: suspendUser", e.errorSummary());
        assertEquals(List.of("Cannot suspend a user that is not active"), e.causes());
    }

    @Test
    void onlySuspendedUsersCanBeUnsuspended() {
        assertEquals(ACTIVE, apply(SUSPENDED, UNSUSPEND, PASSWORD));
        OktaException e = rejected(ACTIVE, UNSUSPEND);
        assertEquals("E0000001", e.errorCode());
        assertEquals(400, e.httpStatus());
        assertEquals(List.of("Cannot unsuspend a user that is not suspended"), e.causes());
    }

    @Test
    void unlockReturnsLockedOutUsersToActiveAndLeavesActiveUsersActive() {
        assertEquals(ACTIVE, apply(LOCKED_OUT, UNLOCK, PASSWORD));
        Transition unblock = UserLifecycle.apply(ACTIVE, UNLOCK, PASSWORD);
        assertEquals(ACTIVE, unblock.to());
        assertFalse(unblock.changesStatus());
    }

    @Test
    void unlockingAUserThatIsNotLockedOutIsForbidden() {
        OktaException e = rejected(SUSPENDED, UNLOCK);
        assertEquals("E0000032", e.errorCode());
        assertEquals(403, e.httpStatus());
        assertEquals("Unlock is not allowed for this user.", e.errorSummary());
    }

    @Test
    void expirePasswordMovesToPasswordExpired() {
        assertEquals(PASSWORD_EXPIRED, apply(ACTIVE, EXPIRE_PASSWORD, PASSWORD));
        assertEquals(PASSWORD_EXPIRED, apply(ACTIVE, EXPIRE_PASSWORD_WITH_TEMP_PASSWORD, PASSWORD));
        assertEquals("E0000038", rejected(STAGED, EXPIRE_PASSWORD).errorCode());
    }

    @Test
    void resetPasswordMovesToRecovery() {
        for (UserStatus from : List.of(PROVISIONED, ACTIVE, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT)) {
            assertEquals(RECOVERY, apply(from, RESET_PASSWORD, PASSWORD), from.name());
        }
    }

    @Test
    void suspendedUsersCanOnlyBeUnsuspendedOrDeactivated() {
        for (LifecycleOperation op : LifecycleOperation.values()) {
            boolean expected = op == UNSUSPEND || op == DEACTIVATE;
            assertEquals(expected, UserLifecycle.allows(SUSPENDED, op), op.name());
        }
    }

    @Test
    void deleteDeactivatesFirstAndDeletesSecond() {
        assertEquals(DeleteOutcome.DEACTIVATED, UserLifecycle.delete(ACTIVE));
        assertEquals(DeleteOutcome.DEACTIVATED, UserLifecycle.delete(STAGED));
        assertEquals(DeleteOutcome.DELETED, UserLifecycle.delete(DEPROVISIONED));
    }

    @Test
    void allowedFromIsACopyThatCannotChangeTheRules() {
        UserLifecycle.allowedFrom(SUSPEND).add(STAGED);
        assertFalse(UserLifecycle.allows(STAGED, SUSPEND));
    }

    @Test
    void operationsAreFoundByTheirPathSegment() {
        for (LifecycleOperation op : LifecycleOperation.values()) {
            assertEquals(op, LifecycleOperation.fromPathSegment(op.pathSegment()).orElseThrow());
        }
        assertTrue(LifecycleOperation.fromPathSegment("ACTIVATE").isEmpty());
        assertTrue(LifecycleOperation.fromPathSegment("reset_factors").isEmpty());
    }

    @Test
    void tokensComeBackOnlyWhenOktaDoesNotEmailThem() {
        assertEquals(LifecycleResponse.ACTIVATION_TOKEN, ACTIVATE.response(false));
        assertEquals(LifecycleResponse.EMPTY, ACTIVATE.response(true));
        assertEquals(LifecycleResponse.ACTIVATION_TOKEN, REACTIVATE.response(false));
        assertEquals(LifecycleResponse.RESET_PASSWORD_TOKEN, RESET_PASSWORD.response(false));
        assertEquals(LifecycleResponse.EMPTY, RESET_PASSWORD.response(true));
        assertEquals(LifecycleResponse.USER, EXPIRE_PASSWORD.response(false));
        assertEquals(LifecycleResponse.TEMP_PASSWORD, EXPIRE_PASSWORD_WITH_TEMP_PASSWORD.response(true));
        assertEquals(LifecycleResponse.EMPTY, SUSPEND.response(false));
    }

    @Test
    void sendEmailDefaultsFollowTheSpec() {
        assertEquals(LifecycleOperation.SendEmailParameter.DEFAULT_TRUE, ACTIVATE.sendEmailParameter());
        assertEquals(LifecycleOperation.SendEmailParameter.DEFAULT_FALSE, REACTIVATE.sendEmailParameter());
        assertEquals(LifecycleOperation.SendEmailParameter.DEFAULT_FALSE, DEACTIVATE.sendEmailParameter());
        assertEquals(LifecycleOperation.SendEmailParameter.REQUIRED, RESET_PASSWORD.sendEmailParameter());
        assertEquals(LifecycleOperation.SendEmailParameter.NONE, UNLOCK.sendEmailParameter());
    }
}
