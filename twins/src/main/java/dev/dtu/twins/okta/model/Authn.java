package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Tx;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Classic Authentication API's state machine ({@code /api/v1/authn}) over one write, as Okta's
 * Authentication API reference describes it:
 * primary authentication → PASSWORD_EXPIRED (change the password) → MFA_ENROLL → MFA_ENROLL_ACTIVATE, or
 * MFA_REQUIRED → MFA_CHALLENGE, → SUCCESS with a one-time session token; recovery by email token or SMS code
 * → RECOVERY (the recovery question) → PASSWORD_RESET → SUCCESS. Every failed primary authentication counts
 * toward the password policy's lockout; a locked-out user is LOCKED_OUT only when the policy shows lockout
 * failures (Okta hides them by default: E0000004). Transactions and session tokens live 5 minutes (Okta
 * documents {@code expiresAt} without a figure: the twin's choice); a state token is kept through the
 * transaction, as Okta's examples show.
 */
public final class Authn {
    static final Duration TRANSACTION_LIFETIME = Duration.ofMinutes(5);
    static final Duration SESSION_TOKEN_LIFETIME = Duration.ofMinutes(5);
    static final Duration RECOVERY_TOKEN_LIFETIME = Duration.ofHours(1);
    private static final Set<UserStatus> CAN_SIGN_IN = EnumSet.of(UserStatus.ACTIVE, UserStatus.PASSWORD_EXPIRED,
            UserStatus.RECOVERY, UserStatus.LOCKED_OUT);

    private final Tx tx;
    private final Audit audit;

    public Authn(Tx tx, Audit audit) {
        this.tx = tx;
        this.audit = audit;
    }

    /** POST /api/v1/authn with a username and password. */
    public AuthnAnswer primary(String username, String password, String relayState) {
        SignOnPolicy policy = SignOnPolicy.of(tx.state());
        Optional<User> found = username == null ? Optional.empty() : Users.find(tx.state(), username)
                .filter(u -> CAN_SIGN_IN.contains(u.status()));
        if (found.isEmpty()) {
            throw OktaErrors.authenticationFailed();
        }
        User user = found.get();
        if (user.status() == UserStatus.LOCKED_OUT) {
            return lockedOut(user, policy);
        }
        if (!Passwords.matches(user, password)) {
            return failed(user, policy);
        }
        tx.remove(SignInAttempts.ATTEMPTS, user.id());
        Instant now = audit.now();
        AuthnTransaction t = new AuthnTransaction(null, user.id(), null, null, null, null, relayState, now,
                now.plus(TRANSACTION_LIFETIME));
        if (user.status() == UserStatus.PASSWORD_EXPIRED || user.status() == UserStatus.RECOVERY) {
            return begin(t, AuthnStatus.PASSWORD_EXPIRED, user);
        }
        return afterPassword(t, user, null);
    }

    /** POST /authn/credentials/change_password in PASSWORD_EXPIRED. */
    public AuthnAnswer changePassword(String stateToken, String oldPassword, String newPassword) {
        AuthnTransaction t = transaction(stateToken, AuthnStatus.PASSWORD_EXPIRED);
        User user = Users.require(tx.state(), t.userId());
        if (!Passwords.matches(user, oldPassword)) {
            throw new OktaException(403, "E0000014", "Update of credentials failed",
                    List.of("oldPassword: The credentials provided were incorrect."));
        }
        setPassword(user, newPassword);
        return afterPassword(t, Users.require(tx.state(), user.id()), stateToken);
    }

    /** POST /authn/factors: enrolls a factor in MFA_ENROLL. */
    public AuthnAnswer enroll(String stateToken, Factors.Enrollment enrollment) {
        AuthnTransaction t = transaction(stateToken, AuthnStatus.MFA_ENROLL);
        User user = Users.require(tx.state(), t.userId());
        Factor factor = new Factors(tx, audit).enroll(user, enrollment, false);
        if (factor.status() == FactorStatus.ACTIVE) {
            return success(t, user, true);
        }
        return save(t.to(AuthnStatus.MFA_ENROLL_ACTIVATE, factor.id(), null), stateToken, user).with(factor, null);
    }

    /** POST /authn/factors/{id}/lifecycle/activate in MFA_ENROLL_ACTIVATE. */
    public AuthnAnswer activate(String stateToken, String factorId, String passCode) {
        AuthnTransaction t = transaction(stateToken, AuthnStatus.MFA_ENROLL_ACTIVATE);
        User user = Users.require(tx.state(), t.userId());
        new Factors(tx, audit).activate(user, factorId, passCode);
        return success(t, user, true);
    }

    /**
     * POST /authn/factors/{id}/verify in MFA_REQUIRED or MFA_CHALLENGE: a passcode or answer, a challenge
     * sent, or a push sent and then polled with the same call.
     */
    public AuthnAnswer verify(String stateToken, String factorId, String passCode, String answer) {
        AuthnTransaction t = transaction(stateToken, AuthnStatus.MFA_REQUIRED, AuthnStatus.MFA_CHALLENGE);
        User user = Users.require(tx.state(), t.userId());
        Factors factors = new Factors(tx, audit);
        if (t.pushId() != null && factorId.equals(t.factorId())) {
            return poll(t, stateToken, user, factors);
        }
        Factors.Verification v = factors.verify(user, factorId, passCode, answer);
        return switch (v.result()) {
            case SUCCESS -> success(t, user, true);
            case WAITING -> save(t.to(AuthnStatus.MFA_CHALLENGE, factorId, v.transaction().id()), stateToken, user)
                    .with(v.factor(), FactorResult.WAITING);
            default -> save(t.to(AuthnStatus.MFA_CHALLENGE, factorId, null), stateToken, user)
                    .with(v.factor(), FactorResult.CHALLENGE);
        };
    }

    /** POST /authn/cancel: the transaction ends. */
    public AuthnAnswer cancel(String stateToken) {
        AuthnTransaction t = transaction(stateToken, AuthnStatus.values());
        tx.remove(Authns.TRANSACTIONS, t.digest());
        return new AuthnAnswer(AuthnStatus.UNAUTHENTICATED, null, null, null, null, t.relayState(), null, null,
                null, null);
    }

    /** POST /authn (stateToken only): the transaction's current state. */
    public AuthnAnswer current(String stateToken) {
        AuthnTransaction t = transaction(stateToken, AuthnStatus.values());
        User user = Users.require(tx.state(), t.userId());
        Factor factor = t.factorId() == null ? null : tx.state().get(Factors.FACTORS, t.factorId()).orElse(null);
        return AuthnAnswer.of(t.status(), user, stateToken, t).with(factor, null);
    }

    /**
     * POST /authn/recovery/password. EMAIL sends a recovery token (into the outbox) and answers without a state
     * token; SMS sends a code to the user's active SMS factor and starts a RECOVERY_CHALLENGE. An unknown user
     * gets the same answer, so the call does not tell who exists.
     */
    public AuthnAnswer recoverPassword(String username, String factorType, String relayState) {
        String channel = factorType == null ? "EMAIL" : factorType;
        if (!channel.equals("EMAIL") && !channel.equals("SMS") && !channel.equals("CALL")) {
            throw OktaErrors.apiValidationFailed("factorType",
                    List.of("factorType: '" + factorType + "' is not a valid recovery factor type."));
        }
        Optional<User> user = Optional.ofNullable(username).flatMap(u -> Users.find(tx.state(), u))
                .filter(u -> CAN_SIGN_IN.contains(u.status()));
        Instant now = audit.now();
        if (channel.equals("EMAIL")) {
            user.ifPresent(u -> {
                String token = Secrets.random(15).replaceAll("[^A-Za-z0-9]", "x");
                tx.put(RecoveryToken.TOKENS, Secrets.digest(token),
                        new RecoveryToken(Secrets.digest(token), u.id(), now.plus(RECOVERY_TOKEN_LIFETIME)));
                Outbox.deliver(tx, u, "email", "recoveryToken", null, token, now);
            });
            return new AuthnAnswer(AuthnStatus.RECOVERY_CHALLENGE, null, null, null, null, relayState, null,
                    FactorResult.WAITING, "PASSWORD", "EMAIL");
        }
        FactorType type = channel.equals("SMS") ? FactorType.SMS : FactorType.CALL;
        User u = user.orElseThrow(OktaErrors::authenticationFailed);
        Factor factor = Factors.active(tx.state(), u.id()).stream().filter(f -> f.type() == type).findFirst()
                .orElseThrow(() -> new OktaException(403, "E0000017", "Reset password is not allowed at this time",
                        List.of()));
        new Factors(tx, audit).verify(u, factor.id(), null, null);
        AuthnTransaction t = new AuthnTransaction(null, u.id(), null, factor.id(), null, "PASSWORD", relayState, null,
                now.plus(TRANSACTION_LIFETIME));
        AuthnAnswer answer = begin(t, AuthnStatus.RECOVERY_CHALLENGE, u);
        return new AuthnAnswer(answer.status(), u, answer.stateToken(), null, answer.expiresAt(), relayState, null,
                FactorResult.WAITING, "PASSWORD", channel);
    }

    /** POST /authn/recovery/factors/{sms|call}/verify in RECOVERY_CHALLENGE. */
    public AuthnAnswer verifyRecoveryCode(String stateToken, String passCode) {
        AuthnTransaction t = transaction(stateToken, AuthnStatus.RECOVERY_CHALLENGE);
        User user = Users.require(tx.state(), t.userId());
        new Factors(tx, audit).verify(user, t.factorId(), passCode == null ? "" : passCode, null);
        return toRecovery(t, stateToken, user);
    }

    /** POST /authn/recovery/token: a recovery token (emailed, or from reset_password) starts RECOVERY. */
    public AuthnAnswer recoveryToken(String recoveryToken) {
        Instant now = audit.now();
        String digest = recoveryToken == null ? "" : Secrets.digest(recoveryToken);
        RecoveryToken token = tx.state().get(RecoveryToken.TOKENS, digest).filter(r -> now.isBefore(r.expiresAt()))
                .orElseThrow(() -> new OktaException(401, "E0000011", "Invalid token provided", List.of()));
        tx.remove(RecoveryToken.TOKENS, digest);
        User user = Users.require(tx.state(), token.userId());
        AuthnTransaction t = new AuthnTransaction(null, user.id(), null, null, null, "PASSWORD", null, null,
                now.plus(TRANSACTION_LIFETIME));
        return toRecovery(t, null, user);
    }

    /** Issues a recovery token for the user (lifecycle/reset_password); returns it. */
    public String issueRecoveryToken(User user, String token) {
        tx.put(RecoveryToken.TOKENS, Secrets.digest(token),
                new RecoveryToken(Secrets.digest(token), user.id(), audit.now().plus(RECOVERY_TOKEN_LIFETIME)));
        return token;
    }

    /** POST /authn/recovery/answer in RECOVERY. */
    public AuthnAnswer answer(String stateToken, String answer) {
        AuthnTransaction t = transaction(stateToken, AuthnStatus.RECOVERY);
        User user = Users.require(tx.state(), t.userId());
        boolean right = tx.state().get(RecoveryAnswer.ANSWERS, user.id())
                .filter(a -> answer != null && Passwords.matches(a.answerHash(), RecoveryAnswers.normalise(answer)))
                .isPresent();
        if (!right) {
            throw new OktaException(403, "E0000087", "The recovery question answer did not match our records.",
                    List.of());
        }
        return save(t.to(AuthnStatus.PASSWORD_RESET, null, null), stateToken, user);
    }

    /** POST /authn/credentials/reset_password in PASSWORD_RESET: the new password, then SUCCESS. */
    public AuthnAnswer resetPassword(String stateToken, String newPassword) {
        AuthnTransaction t = transaction(stateToken, AuthnStatus.PASSWORD_RESET);
        User user = Users.require(tx.state(), t.userId());
        setPassword(user, newPassword);
        tx.remove(SignInAttempts.ATTEMPTS, user.id());
        return success(t, Users.require(tx.state(), user.id()), false);
    }

    private AuthnAnswer toRecovery(AuthnTransaction t, String stateToken, User user) {
        AuthnStatus next = tx.state().get(RecoveryAnswer.ANSWERS, user.id()).isPresent()
                ? AuthnStatus.RECOVERY : AuthnStatus.PASSWORD_RESET;
        AuthnTransaction moved = t.to(next, null, null);
        return stateToken == null ? begin(moved, next, user) : save(moved, stateToken, user);
    }

    private AuthnAnswer poll(AuthnTransaction t, String stateToken, User user, Factors factors) {
        FactorTransaction push = factors.transaction(user.id(), t.factorId(), t.pushId());
        FactorResult result = push.resultAt(audit.now());
        if (result == FactorResult.SUCCESS) {
            return success(t, user, true);
        }
        AuthnTransaction next = result == FactorResult.WAITING ? t : t.to(AuthnStatus.MFA_CHALLENGE, t.factorId(), null);
        Factor factor = Factors.require(tx.state(), user.id(), t.factorId());
        return save(next, stateToken, user).with(factor, result);
    }

    private AuthnAnswer afterPassword(AuthnTransaction t, User user, String stateToken) {
        if (!SignOnPolicy.of(tx.state()).requireFactor()) {
            return success(t, user, false);
        }
        AuthnStatus next = Factors.active(tx.state(), user.id()).isEmpty()
                ? AuthnStatus.MFA_ENROLL : AuthnStatus.MFA_REQUIRED;
        AuthnTransaction moved = t.to(next, null, null);
        return stateToken == null ? begin(moved, next, user) : save(moved, stateToken, user);
    }

    private AuthnAnswer success(AuthnTransaction t, User user, boolean factorVerified) {
        if (t.digest() != null) {
            tx.remove(Authns.TRANSACTIONS, t.digest());
        }
        Instant now = audit.now();
        List<String> amr = new ArrayList<>();
        if (t.passwordVerified() != null) {
            amr.add("pwd");
        }
        if (factorVerified) {
            amr.add("mfa");
        }
        String sessionToken = Secrets.random(24).replaceAll("[^A-Za-z0-9]", "x");
        String digest = Secrets.digest(sessionToken);
        tx.put(SessionToken.TOKENS, digest, new SessionToken(digest, user.id(), amr, t.passwordVerified(),
                factorVerified ? now : null, now.plus(SESSION_TOKEN_LIFETIME)));
        User signedIn = new Users(tx, audit).signedIn(user);
        new SystemLog(tx, audit).by(LogActor.of(signedIn), "user.authentication.sso", "User single sign on to app");
        return new AuthnAnswer(AuthnStatus.SUCCESS, signedIn, null, sessionToken, now.plus(SESSION_TOKEN_LIFETIME),
                t.relayState(), null, null, t.recoveryType(), null);
    }

    private AuthnAnswer failed(User user, SignOnPolicy policy) {
        int failures = tx.state().get(SignInAttempts.ATTEMPTS, user.id()).map(SignInAttempts::failures).orElse(0) + 1;
        tx.put(SignInAttempts.ATTEMPTS, user.id(), new SignInAttempts(user.id(), failures));
        new SystemLog(tx, audit).failure(LogActor.of(user), "user.session.start", "User login to Okta",
                "INVALID_CREDENTIALS");
        if (policy.maxAttempts() > 0 && failures >= policy.maxAttempts()) {
            User locked = tx.put(Users.USERS, user.id(), user.withStatus(UserStatus.LOCKED_OUT, audit.now()));
            new SystemLog(tx, audit).by(LogActor.of(locked), "user.account.lock", "Max sign in attempts exceeded");
            return lockedOut(locked, policy);
        }
        throw OktaErrors.authenticationFailed();
    }

    private AuthnAnswer lockedOut(User user, SignOnPolicy policy) {
        if (!policy.showLockoutFailures()) {
            throw OktaErrors.authenticationFailed();
        }
        return new AuthnAnswer(AuthnStatus.LOCKED_OUT, null, null, null, null, null, null, null, null, null);
    }

    private void setPassword(User user, String newPassword) {
        if (newPassword == null || !Passwords.meetsPolicy(user.login(), newPassword)) {
            throw new OktaException(403, "E0000080",
                    "The password does not meet the complexity requirements of the current password policy.",
                    List.of(Passwords.REQUIREMENTS));
        }
        Instant now = audit.now();
        User changed = user.withPassword(Passwords.hash(newPassword), now).withStatus(UserStatus.ACTIVE, now);
        tx.put(Users.USERS, user.id(), changed);
        new SystemLog(tx, audit).by(LogActor.of(changed), "user.account.update_password",
                "User update password for Okta");
    }

    /** A new transaction and its state token. */
    private AuthnAnswer begin(AuthnTransaction t, AuthnStatus status, User user) {
        String stateToken = "00" + Secrets.random(30).replaceAll("[^A-Za-z0-9_-]", "x");
        AuthnTransaction stored = new AuthnTransaction(Secrets.digest(stateToken), t.userId(), status, t.factorId(),
                t.pushId(), t.recoveryType(), t.relayState(), t.passwordVerified(), t.expiresAt());
        tx.put(Authns.TRANSACTIONS, stored.digest(), stored);
        return AuthnAnswer.of(status, user, stateToken, stored);
    }

    private AuthnAnswer save(AuthnTransaction t, String stateToken, User user) {
        tx.put(Authns.TRANSACTIONS, t.digest(), t);
        return AuthnAnswer.of(t.status(), user, stateToken, t);
    }

    /** The live transaction of a state token in one of the given states; E0000011 otherwise. */
    private AuthnTransaction transaction(String stateToken, AuthnStatus... allowed) {
        Instant now = audit.now();
        AuthnTransaction t = Optional.ofNullable(stateToken).map(Secrets::digest)
                .flatMap(d -> tx.state().get(Authns.TRANSACTIONS, d)).filter(x -> now.isBefore(x.expiresAt()))
                .orElseThrow(OktaErrors::invalidStateToken);
        if (!List.of(allowed).contains(t.status())) {
            throw OktaErrors.invalidStateToken();
        }
        return t;
    }
}
