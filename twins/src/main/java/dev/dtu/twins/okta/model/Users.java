package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The Users and UserLifecycle operations over one write. */
public final class Users {
    public static final Kind<User> USERS = Kind.of("okta", "users", User.class);

    private final Tx tx;
    private final Audit audit;
    private final SystemLog log;

    public Users(Tx tx, Audit audit) {
        this.tx = tx;
        this.audit = audit;
        this.log = new SystemLog(tx, audit);
    }

    /** A user by id, login, or login short name (the part before '@', when only one user has it). */
    public static Optional<User> find(State state, String idOrLogin) {
        Optional<User> byId = state.get(USERS, idOrLogin);
        if (byId.isPresent()) {
            return byId;
        }
        String key = idOrLogin.toLowerCase(Locale.ROOT);
        Optional<User> byLogin = state.all(USERS).values().stream()
                .filter(u -> u.login().toLowerCase(Locale.ROOT).equals(key)).findFirst();
        if (byLogin.isPresent() || key.contains("@")) {
            return byLogin;
        }
        List<User> byShortName = state.all(USERS).values().stream()
                .filter(u -> u.login().toLowerCase(Locale.ROOT).startsWith(key + "@")).limit(2).toList();
        return byShortName.size() == 1 ? Optional.of(byShortName.get(0)) : Optional.empty();
    }

    public static User require(State state, String idOrLogin) {
        return find(state, idOrLogin).orElseThrow(() -> OktaErrors.notFound(idOrLogin, "User"));
    }

    public User create(NewUser request, boolean activate, UserNextLogin nextLogin) {
        ProfileRules.checkComplete(request.profile(), loginTaken(request.profile().get("login"), null));
        CustomAttributes.enforce(tx.state(), request.profile(), null, true);
        if (request.password() != null && !request.password().startsWith("imported:")) {
            Passwords.checkPolicy(String.valueOf(request.profile().get("login")), request.password());
        }
        UserStatus status = UserLifecycle.initialStatus(activate, request.credentials(), nextLogin);
        request.groupIds().forEach(g -> Groups.require(tx.state(), g));
        String id = OktaIds.next(tx, OktaIds.USER);
        Instant now = audit.now();
        String hash = request.password() == null ? null : Passwords.hash(request.password());
        // Imported hashes (credentials.password.hash) give the user a password the twin cannot verify.
        User user = tx.put(USERS, id, new User(id, status, now, activate ? now : null, activate ? now : null, null,
                now, hash == null ? null : now, request.profile(), hash, request.recoveryQuestion(),
                request.provider()));
        log.success("user.lifecycle.create", "Create Okta user", LogActor.of(user));
        if (activate) {
            log.success("user.lifecycle.activate", "Activate Okta user", LogActor.of(user));
        }
        Groups groups = new Groups(tx, audit);
        groups.addMember(Groups.everyone(tx.state()).id(), id);
        request.groupIds().forEach(g -> groups.addMember(g, id));
        return user;
    }

    /** POST /users/{id}: sets the given profile attributes and, when given, a new password. */
    public User update(String idOrLogin, Map<String, Object> changes, String newPassword) {
        User user = require(tx.state(), idOrLogin);
        ProfileRules.checkPartial(changes, loginTaken(changes.get("login"), user.id()));
        CustomAttributes.enforce(tx.state(), changes, user.id(), false);
        Map<String, Object> merged = new LinkedHashMap<>(user.profile());
        merged.putAll(changes);
        merged.values().removeIf(java.util.Objects::isNull);
        return save(user, merged, newPassword);
    }

    /** PUT /users/{id}: replaces the whole profile. */
    public User replace(String idOrLogin, Map<String, Object> profile, String newPassword) {
        User user = require(tx.state(), idOrLogin);
        ProfileRules.checkComplete(profile, loginTaken(profile.get("login"), user.id()));
        CustomAttributes.enforce(tx.state(), profile, user.id(), true);
        return save(user, profile, newPassword);
    }

    private User save(User user, Map<String, Object> profile, String newPassword) {
        User updated = user.withProfile(profile, audit.now());
        log.success("user.account.update_profile", "Update user profile for Okta", LogActor.of(updated));
        if (newPassword != null) {
            Passwords.checkPolicy(updated.login(), newPassword);
            updated = updated.withPassword(Passwords.hash(newPassword), audit.now());
            log.success("user.account.update_password", "User update password for Okta", LogActor.of(updated));
        }
        return tx.put(USERS, user.id(), updated);
    }

    public Transition lifecycle(String idOrLogin, LifecycleOperation operation) {
        User user = require(tx.state(), idOrLogin);
        Transition transition = UserLifecycle.apply(user.status(), operation, user.credentials());
        Instant now = audit.now();
        User next = user.withStatus(transition.to(), now);
        if (operation == LifecycleOperation.ACTIVATE) {
            next = next.activatedAt(now);
        }
        if (transition.deletesPassword()) {
            next = next.withPassword(null, now);
        }
        tx.put(USERS, user.id(), next);
        if (operation == LifecycleOperation.UNLOCK) {
            // the password policy's failed-attempt count starts again
            tx.remove(SignInAttempts.ATTEMPTS, user.id());
        }
        LifecycleEvents.log(log, operation, LogActor.of(next));
        if (transition.to() == UserStatus.DEPROVISIONED || transition.to() == UserStatus.SUSPENDED) {
            UserSessions.endAll(tx, user.id());
        }
        return transition;
    }

    /** DELETE /users/{id}: deactivates a user that is not DEPROVISIONED, deletes one that is. */
    public DeleteOutcome delete(String idOrLogin) {
        User user = require(tx.state(), idOrLogin);
        DeleteOutcome outcome = UserLifecycle.delete(user.status());
        if (outcome == DeleteOutcome.DEACTIVATED) {
            lifecycle(user.id(), LifecycleOperation.DEACTIVATE);
            return outcome;
        }
        new Groups(tx, audit).removeFromAll(user.id());
        new Apps(tx, audit).unassignEverywhere(user.id());
        UserSessions.endAll(tx, user.id());
        Factors.of(tx.state(), user.id()).forEach(f -> tx.remove(Factors.FACTORS, f.id()));
        tx.remove(RecoveryAnswer.ANSWERS, user.id());
        tx.remove(SignInAttempts.ATTEMPTS, user.id());
        IdentityProviders.unlinkAll(tx, user.id());
        tx.remove(USERS, user.id());
        log.success("user.lifecycle.delete.initiated", "Delete Okta user", LogActor.of(user));
        return outcome;
    }

    /** expire_password_with_temp_password: the new temporary password the user must change at next sign-in. */
    public User setTemporaryPassword(String userId, String password) {
        User user = require(tx.state(), userId);
        return tx.put(USERS, user.id(), user.withPassword(Passwords.hash(password), audit.now()));
    }

    /**
     * credentials/change_password: the old password must match (E0000014 otherwise) and the new one meet the
     * policy. The cause wording of both is the twin's reading of Okta's Users API reference.
     */
    public User changePassword(String idOrLogin, String oldPassword, String newPassword) {
        User user = require(tx.state(), idOrLogin);
        if (!Passwords.matches(user, oldPassword)) {
            throw credentialsUpdateFailed("oldPassword: The credentials provided were incorrect.");
        }
        if (!Passwords.meetsPolicy(user.login(), newPassword)) {
            throw credentialsUpdateFailed(Passwords.REQUIREMENTS);
        }
        User changed = tx.put(USERS, user.id(), user.withPassword(Passwords.hash(newPassword), audit.now()));
        log.success("user.account.update_password", "User update password for Okta", LogActor.of(changed));
        return changed;
    }

    /** credentials/change_recovery_question: with the current password, a new question and answer. */
    public User changeRecoveryQuestion(String idOrLogin, String password, String question, String answer) {
        User user = require(tx.state(), idOrLogin);
        if (!Passwords.matches(user, password)) {
            throw credentialsUpdateFailed("password: The credentials provided were incorrect.");
        }
        if (question == null || question.isBlank() || answer == null || answer.trim().length() < 4) {
            throw OktaErrors.apiValidationFailed("recovery_question",
                    List.of("recovery_question: The security question answer must be at least 4 characters in length"));
        }
        User changed = tx.put(USERS, user.id(), user.withRecoveryQuestion(question, audit.now()));
        RecoveryAnswers.set(tx, user.id(), answer);
        log.success("user.account.update_profile", "Update user recovery question", LogActor.of(changed));
        return changed;
    }

    private static OktaException credentialsUpdateFailed(String cause) {
        return new OktaException(403, "E0000014", "Update of credentials failed", List.of(cause));
    }

    /** Records a successful sign-in (the twin's non-interactive authorize and the password grant). */
    public User signedIn(User user) {
        return tx.put(USERS, user.id(), user.loggedIn(audit.now()));
    }

    private boolean loginTaken(Object login, String exceptUserId) {
        if (login == null) {
            return false;
        }
        String key = login.toString().toLowerCase(Locale.ROOT);
        return tx.state().all(USERS).values().stream()
                .anyMatch(u -> !u.id().equals(exceptUserId) && u.login().toLowerCase(Locale.ROOT).equals(key));
    }
}
