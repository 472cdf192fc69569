package dev.dtu.twins.okta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of sign-in steps against the Authentication API's state machine, checked against a small
 * reference model of what Okta's Authentication API reference documents: ten failures lock the user, a
 * locked-out user is E0000004 even with the right password (lockout failures hidden), unlock clears the count,
 * the sign-on policy's MFA requirement sends the user to MFA_REQUIRED or MFA_ENROLL, a wrong passcode is
 * E0000068 and keeps the transaction, a finished or cancelled transaction's state token is E0000011, and every
 * SUCCESS carries a session token that redeems exactly once.
 */
class AuthnPropertyTest {
    static final Audit AUDIT = OrgOperationsTest.AUDIT;
    static final String PASSWORD = AuthnTest.PASSWORD;

    enum Step { PRIMARY_RIGHT, PRIMARY_WRONG, VERIFY_RIGHT, VERIFY_WRONG, CANCEL, UNLOCK, TOGGLE_MFA, ENROLL_TOTP }

    /** The reference model. */
    static final class Expected {
        int failures;
        boolean locked;
        boolean mfa;
        String factorId;
        String secret;
        String stateToken;
        AuthnStatus transaction;
        String spentToken;
    }

    @Property(tries = 200)
    void signInFollowsTheDocumentedStateMachine(@ForAll @Size(max = 40) List<Step> steps) {
        Tx tx = OrgOperationsTest.org();
        User ada = AuthnTest.person(tx, "ada");
        Authn authn = new Authn(tx, AUDIT);
        Expected m = new Expected();
        for (Step step : steps) {
            switch (step) {
                case PRIMARY_RIGHT -> primary(tx, authn, m, PASSWORD);
                case PRIMARY_WRONG -> primary(tx, authn, m, "Wrong-Password-1");
                case VERIFY_RIGHT -> verify(authn, m, true);
                case VERIFY_WRONG -> verify(authn, m, false);
                case CANCEL -> cancel(authn, m);
                case UNLOCK -> {
                    new Users(tx, AUDIT).lifecycle(ada.id(), LifecycleOperation.UNLOCK);
                    m.locked = false;
                    m.failures = 0;
                }
                case TOGGLE_MFA -> {
                    m.mfa = !m.mfa;
                    tx.put(SignOnPolicy.POLICY, SignOnPolicy.ID, new SignOnPolicy(m.mfa, 10, false, 120));
                }
                case ENROLL_TOTP -> {
                    if (m.factorId == null) {
                        Factors factors = new Factors(tx, AUDIT);
                        Factor f = factors.enroll(ada, new Factors.Enrollment("token:software:totp", "OKTA", Map.of()),
                                false);
                        factors.activate(ada, f.id(), Totp.code(f.secret(), AUDIT.now()));
                        m.factorId = f.id();
                        m.secret = f.secret();
                    }
                }
            }
            assertEquals(m.locked ? UserStatus.LOCKED_OUT : UserStatus.ACTIVE,
                    Users.require(tx.state(), ada.id()).status(), "after " + step);
        }
    }

    private static void primary(Tx tx, Authn authn, Expected m, String password) {
        boolean right = password.equals(PASSWORD);
        if (m.locked || !right) {
            if (!m.locked) {
                m.failures++;
                m.locked = m.failures >= 10;
            }
            assertEquals("E0000004", assertThrows(OktaException.class,
                    () -> authn.primary("ada@example.com", password, null)).errorCode());
            return;
        }
        m.failures = 0;
        AuthnAnswer a = authn.primary("ada@example.com", password, null);
        if (!m.mfa) {
            success(tx, a);
            return;
        }
        assertEquals(m.factorId == null ? AuthnStatus.MFA_ENROLL : AuthnStatus.MFA_REQUIRED, a.status());
        assertNotNull(a.stateToken());
        m.stateToken = a.stateToken();
        m.transaction = a.status();
    }

    private static void verify(Authn authn, Expected m, boolean right) {
        String token = m.stateToken != null ? m.stateToken : m.spentToken;
        String factorId = m.factorId == null ? "ostnone" : m.factorId;
        String code = m.secret == null ? "123456" : right ? Totp.code(m.secret, AUDIT.now()) : wrongCode(m.secret);
        if (token == null) {
            return;
        }
        if (m.transaction != AuthnStatus.MFA_REQUIRED) {
            assertEquals("E0000011", assertThrows(OktaException.class,
                    () -> authn.verify(token, factorId, code, null)).errorCode());
            return;
        }
        if (!right) {
            assertEquals("E0000068", assertThrows(OktaException.class,
                    () -> authn.verify(token, factorId, code, null)).errorCode());
            return;
        }
        AuthnAnswer a = authn.verify(token, factorId, code, null);
        assertEquals(AuthnStatus.SUCCESS, a.status());
        m.spentToken = token;
        m.stateToken = null;
        m.transaction = null;
    }

    private static void cancel(Authn authn, Expected m) {
        String token = m.stateToken != null ? m.stateToken : m.spentToken;
        if (token == null) {
            return;
        }
        if (m.stateToken == null) {
            assertEquals("E0000011", assertThrows(OktaException.class, () -> authn.cancel(token)).errorCode());
            return;
        }
        assertEquals(AuthnStatus.UNAUTHENTICATED, authn.cancel(token).status());
        m.spentToken = token;
        m.stateToken = null;
        m.transaction = null;
    }

    private static void success(Tx tx, AuthnAnswer a) {
        assertEquals(AuthnStatus.SUCCESS, a.status());
        assertNull(a.stateToken());
        assertNotNull(a.sessionToken());
        UserSessions.create(tx, a.sessionToken(), AUDIT.now());
        assertEquals("E0000004", assertThrows(OktaException.class,
                () -> UserSessions.create(tx, a.sessionToken(), AUDIT.now())).errorCode());
    }

    /** A 6-digit code no step of the accepted window gives. */
    private static String wrongCode(String secret) {
        Instant now = AUDIT.now();
        Set<String> window = Set.of(Totp.code(secret, now.minusSeconds(30)), Totp.code(secret, now),
                Totp.code(secret, now.plusSeconds(30)));
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", i);
            if (!window.contains(candidate)) {
                return candidate;
            }
        }
    }
}
