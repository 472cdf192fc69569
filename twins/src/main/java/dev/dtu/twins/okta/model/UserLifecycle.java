package dev.dtu.twins.okta.model;

import static dev.dtu.twins.okta.model.UserStatus.ACTIVE;
import static dev.dtu.twins.okta.model.UserStatus.DEPROVISIONED;
import static dev.dtu.twins.okta.model.UserStatus.LOCKED_OUT;
import static dev.dtu.twins.okta.model.UserStatus.PASSWORD_EXPIRED;
import static dev.dtu.twins.okta.model.UserStatus.PROVISIONED;
import static dev.dtu.twins.okta.model.UserStatus.RECOVERY;
import static dev.dtu.twins.okta.model.UserStatus.STAGED;
import static dev.dtu.twins.okta.model.UserStatus.SUSPENDED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Okta's user status state machine as pure functions: which lifecycle operation each status allows,
 * where it leads, and the error Okta answers otherwise. Sources: the Users and UserLifecycle operations
 * of the Okta Management API (developer.okta.com/docs/api/openapi/okta-management) and the
 * "Lifecycle Operations" section of the earlier Users API reference.
 */
public final class UserLifecycle {

    private static final Map<LifecycleOperation, Set<UserStatus>> ALLOWED_FROM = allowedFrom();

    private UserLifecycle() {
    }

    /** Applies {@code operation} to a user in {@code from}, or throws the {@link OktaException} Okta answers. */
    public static Transition apply(UserStatus from, LifecycleOperation operation, UserCredentials credentials) {
        if (!allows(from, operation)) {
            throw rejection(operation);
        }
        return new Transition(from, operation, target(from, operation, credentials));
    }

    public static boolean allows(UserStatus from, LifecycleOperation operation) {
        return ALLOWED_FROM.get(operation).contains(from);
    }

    /** The statuses in which Okta accepts {@code operation}. */
    public static Set<UserStatus> allowedFrom(LifecycleOperation operation) {
        return EnumSet.copyOf(ALLOWED_FROM.get(operation));
    }

    /** The error Okta answers when the user's status does not allow {@code operation}. */
    public static OktaException rejection(LifecycleOperation operation) {
        return switch (operation) {
            case ACTIVATE -> OktaErrors.activationFailed();
            // Suspend and unsuspend fail validation (400), not the status check (403): Users API
            // reference, "Suspend User" / "Unsuspend User".
            case SUSPEND -> OktaErrors.apiValidationFailed("suspendUser",
                    List.of("Cannot suspend a user that is not active"));
            case UNSUSPEND -> OktaErrors.apiValidationFailed("unsuspendUser",
                    List.of("Cannot unsuspend a user that is not suspended"));
            case UNLOCK -> OktaErrors.unlockNotAllowed();
            default -> OktaErrors.notAllowedInCurrentStatus();
        };
    }

    /**
     * The status of a user created with {@code POST /api/v1/users?activate=...}, per the "User creation
     * scenarios" table: without activation always STAGED; with it ACTIVE when the user can sign in at once
     * (a password, or a FEDERATION/SOCIAL provider), otherwise PROVISIONED until the user finishes the
     * activation email. (Orgs whose enrollment policy makes the password optional can differ; not modelled.)
     */
    public static UserStatus initialStatus(boolean activate, UserCredentials credentials) {
        if (!activate) {
            return STAGED;
        }
        return credentials.canSignInAfterActivation() ? ACTIVE : PROVISIONED;
    }

    /** {@link #initialStatus(boolean, UserCredentials)} for the parts of a create request taken one by one. */
    public static UserStatus initialStatus(boolean activate, boolean hasPassword, boolean hasRecoveryQuestion,
            AuthenticationProviderType provider) {
        return initialStatus(activate, new UserCredentials(hasPassword, hasRecoveryQuestion, provider));
    }

    /**
     * As {@link #initialStatus(boolean, UserCredentials)}, with {@code nextLogin=changePassword}: the user
     * is created, activated and has the password expired, which needs both a password and activation.
     */
    public static UserStatus initialStatus(boolean activate, UserCredentials credentials, UserNextLogin nextLogin) {
        if (nextLogin == null) {
            return initialStatus(activate, credentials);
        }
        if (!activate) {
            throw OktaErrors.expireOnCreateRequiresActivation();
        }
        if (!credentials.hasPassword()) {
            throw OktaErrors.expireOnCreateRequiresPassword();
        }
        return PASSWORD_EXPIRED;
    }

    /** {@code DELETE /api/v1/users/{id}}: the first call on a user that is not DEPROVISIONED only deactivates it. */
    public static DeleteOutcome delete(UserStatus status) {
        return status == DEPROVISIONED ? DeleteOutcome.DELETED : DeleteOutcome.DEACTIVATED;
    }

    private static UserStatus target(UserStatus from, LifecycleOperation operation, UserCredentials credentials) {
        return switch (operation) {
            // Users without a password stay PROVISIONED until they complete the welcome flow.
            case ACTIVATE -> credentials.canSignInAfterActivation() ? ACTIVE : PROVISIONED;
            // Reactivate restarts the activation workflow, so the user waits for it again.
            case REACTIVATE -> PROVISIONED;
            case DEACTIVATE -> DEPROVISIONED;
            case SUSPEND -> SUSPENDED;
            case UNSUSPEND, UNLOCK -> ACTIVE;
            case EXPIRE_PASSWORD, EXPIRE_PASSWORD_WITH_TEMP_PASSWORD -> PASSWORD_EXPIRED;
            case RESET_PASSWORD -> RECOVERY;
        };
    }

    private static Map<LifecycleOperation, Set<UserStatus>> allowedFrom() {
        Map<LifecycleOperation, Set<UserStatus>> allowed = new EnumMap<>(LifecycleOperation.class);
        // activateUser: "only on users with a STAGED or DEPROVISIONED status".
        allowed.put(LifecycleOperation.ACTIVATE, EnumSet.of(STAGED, DEPROVISIONED));
        // reactivateUser: "only on users with a PROVISIONED or RECOVERY status".
        allowed.put(LifecycleOperation.REACTIVATE, EnumSet.of(PROVISIONED, RECOVERY));
        allowed.put(LifecycleOperation.DEACTIVATE, EnumSet.complementOf(EnumSet.of(DEPROVISIONED)));
        allowed.put(LifecycleOperation.SUSPEND, EnumSet.of(ACTIVE));
        allowed.put(LifecycleOperation.UNSUSPEND, EnumSet.of(SUSPENDED));
        // unlockUser also accepts ACTIVE users "blocked from unknown devices"; they stay ACTIVE.
        allowed.put(LifecycleOperation.UNLOCK, EnumSet.of(LOCKED_OUT, ACTIVE));
        // Okta documents no status list for expire_password; a password must be in use, so the twin
        // accepts users who sign in with one (ACTIVE) or already must change it (PASSWORD_EXPIRED).
        Set<UserStatus> expirable = EnumSet.of(ACTIVE, PASSWORD_EXPIRED);
        allowed.put(LifecycleOperation.EXPIRE_PASSWORD, expirable);
        allowed.put(LifecycleOperation.EXPIRE_PASSWORD_WITH_TEMP_PASSWORD, EnumSet.copyOf(expirable));
        // reset_password is the documented way for PROVISIONED users without a password to finish
        // (reactivateUser); SUSPENDED users "can only be unsuspended or deactivated" (suspendUser).
        allowed.put(LifecycleOperation.RESET_PASSWORD,
                EnumSet.of(PROVISIONED, ACTIVE, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT));
        return allowed;
    }
}
