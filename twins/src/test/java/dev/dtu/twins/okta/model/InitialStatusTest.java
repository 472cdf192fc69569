package dev.dtu.twins.okta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The "User creation details and outcomes" table of the Users API, row by row. */
class InitialStatusTest {

    private static UserStatus created(boolean activate, boolean password, boolean question) {
        UserStatus status = UserLifecycle.initialStatus(activate, password, question, AuthenticationProviderType.OKTA);
        assertEquals(status, UserLifecycle.initialStatus(activate,
                new UserCredentials(password, question, AuthenticationProviderType.OKTA)));
        return status;
    }

    @Test
    void withoutActivationEveryUserIsStaged() {
        assertEquals(UserStatus.STAGED, created(false, false, false));
        assertEquals(UserStatus.STAGED, created(false, false, true));
        assertEquals(UserStatus.STAGED, created(false, true, false));
        assertEquals(UserStatus.STAGED, created(false, true, true));
    }

    @Test
    void activatedWithoutPasswordIsProvisioned() {
        assertEquals(UserStatus.PROVISIONED, created(true, false, false));
        assertEquals(UserStatus.PROVISIONED, created(true, false, true));
    }

    @Test
    void activatedWithPasswordIsActive() {
        assertEquals(UserStatus.ACTIVE, created(true, true, false));
        assertEquals(UserStatus.ACTIVE, created(true, true, true));
    }

    @Test
    void federationAndSocialUsersFollowOnlyTheActivateFlag() {
        for (AuthenticationProviderType provider : new AuthenticationProviderType[] {
                AuthenticationProviderType.FEDERATION, AuthenticationProviderType.SOCIAL}) {
            UserCredentials credentials = new UserCredentials(false, false, provider);
            assertEquals(UserStatus.ACTIVE, UserLifecycle.initialStatus(true, credentials));
            assertEquals(UserStatus.STAGED, UserLifecycle.initialStatus(false, credentials));
        }
    }

    @Test
    void anImportedHashedPasswordCountsAsAPassword() {
        UserCredentials imported = new UserCredentials(true, false, AuthenticationProviderType.IMPORT);
        assertEquals(UserStatus.ACTIVE, UserLifecycle.initialStatus(true, imported));
    }

    @Test
    void nextLoginChangePasswordCreatesAUserWithAnExpiredPassword() {
        assertEquals(UserStatus.PASSWORD_EXPIRED, UserLifecycle.initialStatus(true,
                UserCredentials.withPassword(), UserNextLogin.CHANGE_PASSWORD));
        assertEquals(UserStatus.ACTIVE, UserLifecycle.initialStatus(true, UserCredentials.withPassword(), null));
        assertEquals("changePassword", UserNextLogin.CHANGE_PASSWORD.value());
    }

    @Test
    void nextLoginChangePasswordNeedsAPassword() {
        OktaException e = assertThrows(OktaException.class, () -> UserLifecycle.initialStatus(true,
                UserCredentials.none(), UserNextLogin.CHANGE_PASSWORD));
        assertEquals("E0000124", e.errorCode());
        assertEquals(400, e.httpStatus());
    }

    @Test
    void nextLoginChangePasswordNeedsActivation() {
        OktaException e = assertThrows(OktaException.class, () -> UserLifecycle.initialStatus(false,
                UserCredentials.withPassword(), UserNextLogin.CHANGE_PASSWORD));
        assertEquals("E0000125", e.errorCode());
        assertEquals(400, e.httpStatus());
    }
}
