package dev.dtu.twins.okta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.state.Tx;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Classic Authentication API's state machine over a Tx, without HTTP. */
class AuthnTest {
    static final Audit AUDIT = OrgOperationsTest.AUDIT;
    static final String PASSWORD = "Secret-123";

    static Tx org() {
        return OrgOperationsTest.org();
    }

    static User person(Tx tx, String name) {
        return new Users(tx, AUDIT).create(OrgOperationsTest.person(name, PASSWORD), true, null);
    }

    static void requireFactor(Tx tx) {
        tx.put(SignOnPolicy.POLICY, SignOnPolicy.ID, new SignOnPolicy(true, 10, false, 120));
    }

    static String code(OktaException e) {
        return e.errorCode();
    }

    @Test
    void theRightPasswordIsSuccessWithAOneTimeSessionToken() {
        Tx tx = org();
        person(tx, "ada");
        AuthnAnswer a = new Authn(tx, AUDIT).primary("ada@example.com", PASSWORD, "/deep/link");
        assertEquals(AuthnStatus.SUCCESS, a.status());
        assertNotNull(a.sessionToken());
        assertNull(a.stateToken());
        assertEquals("/deep/link", a.relayState());
        Session s = UserSessions.create(tx, a.sessionToken(), AUDIT.now());
        assertEquals(List.of("pwd"), s.amr());
        assertEquals("E0000004", code(assertThrows(OktaException.class,
                () -> UserSessions.create(tx, a.sessionToken(), AUDIT.now()))), "a session token is used once");
    }

    @Test
    void aWrongPasswordOrUnknownUserIsE0000004AndTenFailuresLockTheUser() {
        Tx tx = org();
        User ada = person(tx, "ada");
        Authn authn = new Authn(tx, AUDIT);
        assertEquals(401, assertThrows(OktaException.class, () -> authn.primary("nobody@example.com", PASSWORD, null))
                .httpStatus());
        for (int i = 0; i < 9; i++) {
            assertEquals("E0000004", code(assertThrows(OktaException.class,
                    () -> authn.primary("ada@example.com", "wrong", null))));
            assertEquals(UserStatus.ACTIVE, Users.require(tx.state(), ada.id()).status());
        }
        assertEquals("E0000004", code(assertThrows(OktaException.class,
                () -> authn.primary("ada@example.com", "wrong", null))));
        assertEquals(UserStatus.LOCKED_OUT, Users.require(tx.state(), ada.id()).status());
        assertEquals("E0000004", code(assertThrows(OktaException.class,
                () -> authn.primary("ada@example.com", PASSWORD, null))), "lockout failures are hidden by default");
        tx.put(SignOnPolicy.POLICY, SignOnPolicy.ID, new SignOnPolicy(false, 10, true, 120));
        assertEquals(AuthnStatus.LOCKED_OUT, authn.primary("ada@example.com", PASSWORD, null).status());
        new Users(tx, AUDIT).lifecycle(ada.id(), LifecycleOperation.UNLOCK);
        assertEquals(AuthnStatus.SUCCESS, authn.primary("ada@example.com", PASSWORD, null).status());
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        Tx tx = org();
        User ada = person(tx, "ada");
        Authn authn = new Authn(tx, AUDIT);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 9; i++) {
                assertThrows(OktaException.class, () -> authn.primary("ada@example.com", "wrong", null));
            }
            assertEquals(AuthnStatus.SUCCESS, authn.primary("ada@example.com", PASSWORD, null).status());
        }
        assertEquals(UserStatus.ACTIVE, Users.require(tx.state(), ada.id()).status());
    }

    @Test
    void anExpiredPasswordIsChangedThenSuccess() {
        Tx tx = org();
        User ada = person(tx, "ada");
        new Users(tx, AUDIT).lifecycle(ada.id(), LifecycleOperation.EXPIRE_PASSWORD);
        Authn authn = new Authn(tx, AUDIT);
        AuthnAnswer expired = authn.primary("ada@example.com", PASSWORD, null);
        assertEquals(AuthnStatus.PASSWORD_EXPIRED, expired.status());
        assertEquals("E0000014", code(assertThrows(OktaException.class,
                () -> authn.changePassword(expired.stateToken(), "wrong", "Newer-Secret-456"))));
        assertEquals("E0000080", code(assertThrows(OktaException.class,
                () -> authn.changePassword(expired.stateToken(), PASSWORD, "short"))));
        AuthnAnswer done = authn.changePassword(expired.stateToken(), PASSWORD, "Newer-Secret-456");
        assertEquals(AuthnStatus.SUCCESS, done.status());
        assertEquals(UserStatus.ACTIVE, Users.require(tx.state(), ada.id()).status());
        assertEquals("E0000011", code(assertThrows(OktaException.class,
                () -> authn.changePassword(expired.stateToken(), PASSWORD, "Newer-Secret-789"))),
                "the transaction is over");
    }

    @Test
    void mfaEnrollThenActivateATotpFactorWithTheSharedSecret() {
        Tx tx = org();
        User ada = person(tx, "ada");
        requireFactor(tx);
        Authn authn = new Authn(tx, AUDIT);
        AuthnAnswer enroll = authn.primary("ada@example.com", PASSWORD, null);
        assertEquals(AuthnStatus.MFA_ENROLL, enroll.status());
        AuthnAnswer activate = authn.enroll(enroll.stateToken(),
                new Factors.Enrollment("token:software:totp", "GOOGLE", Map.of()));
        assertEquals(AuthnStatus.MFA_ENROLL_ACTIVATE, activate.status());
        Factor totp = activate.factor();
        assertEquals("E0000068", code(assertThrows(OktaException.class,
                () -> authn.activate(enroll.stateToken(), totp.id(), "000000".equals(Totp.code(totp.secret(),
                        AUDIT.now())) ? "111111" : "000000"))));
        AuthnAnswer done = authn.activate(enroll.stateToken(), totp.id(), Totp.code(totp.secret(), AUDIT.now()));
        assertEquals(AuthnStatus.SUCCESS, done.status());
        assertEquals(FactorStatus.ACTIVE, Factors.require(tx.state(), ada.id(), totp.id()).status());
        assertEquals(AuthnStatus.MFA_REQUIRED, authn.primary("ada@example.com", PASSWORD, null).status());
    }

    @Test
    void mfaRequiredWithSmsSendsAChallengeReadableInTheOutbox() {
        Tx tx = org();
        User ada = person(tx, "ada");
        Factor sms = new Factors(tx, AUDIT).enroll(ada, new Factors.Enrollment("sms", "OKTA",
                Map.of("phoneNumber", "+1 415 555 0100")), true);
        requireFactor(tx);
        Authn authn = new Authn(tx, AUDIT);
        AuthnAnswer required = authn.primary("ada@example.com", PASSWORD, null);
        assertEquals(AuthnStatus.MFA_REQUIRED, required.status());
        AuthnAnswer challenge = authn.verify(required.stateToken(), sms.id(), null, null);
        assertEquals(AuthnStatus.MFA_CHALLENGE, challenge.status());
        List<OutboxMessage> sent = Outbox.of(tx.state(), ada.id());
        String code = sent.get(sent.size() - 1).value();
        OktaException wrong = assertThrows(OktaException.class,
                () -> authn.verify(required.stateToken(), sms.id(), code.equals("000000") ? "111111" : "000000", null));
        assertEquals(403, wrong.httpStatus());
        assertEquals("Invalid Passcode/Answer", wrong.errorSummary());
        AuthnAnswer done = authn.verify(required.stateToken(), sms.id(), code, null);
        assertEquals(AuthnStatus.SUCCESS, done.status());
        assertEquals(List.of("pwd", "mfa"), UserSessions.create(tx, done.sessionToken(), AUDIT.now()).amr());
    }

    @Test
    void aPushWaitsForThePersonAndARejectionIsReported() {
        Tx tx = org();
        User ada = person(tx, "ada");
        Factors factors = new Factors(tx, AUDIT);
        Factor push = factors.enroll(ada, new Factors.Enrollment("push", "OKTA", Map.of()), false);
        assertEquals(FactorStatus.PENDING_ACTIVATION, push.status());
        assertEquals(FactorResult.SUCCESS, factors.answerPush(ada, true).orElseThrow(), "the QR code is scanned");
        requireFactor(tx);
        Authn authn = new Authn(tx, AUDIT);
        String state = authn.primary("ada@example.com", PASSWORD, null).stateToken();
        assertEquals(FactorResult.WAITING, authn.verify(state, push.id(), null, null).factorResult());
        assertEquals(FactorResult.WAITING, authn.verify(state, push.id(), null, null).factorResult(), "still waiting");
        factors.answerPush(ada, false);
        AuthnAnswer rejected = authn.verify(state, push.id(), null, null);
        assertEquals(AuthnStatus.MFA_CHALLENGE, rejected.status());
        assertEquals(FactorResult.REJECTED, rejected.factorResult());
        authn.verify(state, push.id(), null, null);
        factors.answerPush(ada, true);
        assertEquals(AuthnStatus.SUCCESS, authn.verify(state, push.id(), null, null).status());
    }

    @Test
    void recoveryByEmailTokenThenQuestionThenNewPassword() {
        Tx tx = org();
        User ada = person(tx, "ada");
        RecoveryAnswers.set(tx, ada.id(), "Babbage");
        Authn authn = new Authn(tx, AUDIT);
        AuthnAnswer sent = authn.recoverPassword("ada@example.com", "EMAIL", null);
        assertEquals(AuthnStatus.RECOVERY_CHALLENGE, sent.status());
        assertNull(sent.stateToken());
        assertEquals(AuthnStatus.RECOVERY_CHALLENGE, authn.recoverPassword("nobody@example.com", null, null).status(),
                "an unknown user gets the same answer");
        List<OutboxMessage> mail = Outbox.of(tx.state(), ada.id());
        assertEquals("recoveryToken", mail.get(0).purpose());
        AuthnAnswer recovery = authn.recoveryToken(mail.get(0).value());
        assertEquals(AuthnStatus.RECOVERY, recovery.status());
        assertEquals("E0000011", code(assertThrows(OktaException.class,
                () -> authn.recoveryToken(mail.get(0).value()))), "a recovery token is used once");
        assertEquals("E0000087", code(assertThrows(OktaException.class, () -> authn.answer(recovery.stateToken(),
                "Lovelace"))));
        AuthnAnswer reset = authn.answer(recovery.stateToken(), " babbage ");
        assertEquals(AuthnStatus.PASSWORD_RESET, reset.status());
        assertEquals(AuthnStatus.SUCCESS, authn.resetPassword(reset.stateToken(), "Analytical-Engine-1").status());
        assertEquals(AuthnStatus.SUCCESS, authn.primary("ada@example.com", "Analytical-Engine-1", null).status());
        assertThrows(OktaException.class, () -> authn.primary("ada@example.com", PASSWORD, null));
    }

    @Test
    void cancelEndsTheTransaction() {
        Tx tx = org();
        person(tx, "ada");
        requireFactor(tx);
        Authn authn = new Authn(tx, AUDIT);
        String state = authn.primary("ada@example.com", PASSWORD, "/x").stateToken();
        AuthnAnswer cancelled = authn.cancel(state);
        assertEquals(AuthnStatus.UNAUTHENTICATED, cancelled.status());
        assertEquals("/x", cancelled.relayState());
        assertEquals("E0000011", code(assertThrows(OktaException.class, () -> authn.current(state))));
        assertTrue(tx.state().all(Authns.TRANSACTIONS).isEmpty());
    }
}
