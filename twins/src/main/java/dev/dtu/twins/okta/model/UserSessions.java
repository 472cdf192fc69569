package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The browser session of the universe and the Sessions API's sessions (see {@link Session}). */
public final class UserSessions {
    public static final Kind<Session> SESSIONS = Kind.of("okta", "sessions", Session.class);
    /** Okta session ids: "102" and 22 more characters. */
    static final String ID_PREFIX = "102";

    private UserSessions() {
    }

    public static Optional<User> signedIn(State state) {
        return state.get(SESSIONS, Session.BROWSER).flatMap(s -> state.get(Users.USERS, s.userId()));
    }

    public static void start(Tx tx, String userId, Instant now) {
        tx.put(SESSIONS, Session.BROWSER, new Session(Session.BROWSER, userId, now));
    }

    public static void end(Tx tx) {
        tx.remove(SESSIONS, Session.BROWSER);
    }

    /** POST /api/v1/sessions: redeems a session token (once) for a session of the policy's lifetime. */
    public static Session create(Tx tx, String sessionToken, Instant now) {
        SessionToken token = redeem(tx, sessionToken, now);
        String id = ID_PREFIX + Secrets.random(16).replaceAll("[^A-Za-z0-9]", "x");
        Instant expires = now.plus(SignOnPolicy.of(tx.state()).sessionLifetime());
        return tx.put(SESSIONS, id, new Session(id, token.userId(), now, expires, token.passwordVerified(),
                token.factorVerified(), token.amr()));
    }

    /** A session token, used up; E0000004 when it is unknown, used or expired. */
    public static SessionToken redeem(Tx tx, String sessionToken, Instant now) {
        String digest = sessionToken == null ? "" : Secrets.digest(sessionToken);
        SessionToken token = tx.state().get(SessionToken.TOKENS, digest).filter(t -> now.isBefore(t.expiresAt()))
                .filter(t -> tx.state().get(Users.USERS, t.userId()).isPresent())
                .orElseThrow(OktaErrors::authenticationFailed);
        tx.remove(SessionToken.TOKENS, digest);
        return token;
    }

    /** A live Sessions API session; E0000007 when unknown, closed or expired. */
    public static Session require(State state, String id, Instant now) {
        return state.get(SESSIONS, id).filter(s -> !Session.BROWSER.equals(s.id()) && s.activeAt(now))
                .orElseThrow(() -> OktaErrors.notFound(id, "Session"));
    }

    public static Session refresh(Tx tx, String id, Instant now) {
        Session session = require(tx.state(), id, now);
        return tx.put(SESSIONS, id, session.refreshed(now.plus(SignOnPolicy.of(tx.state()).sessionLifetime())));
    }

    public static void close(Tx tx, String id, Instant now) {
        require(tx.state(), id, now);
        tx.remove(SESSIONS, id);
    }

    /** Every session of the user, the browser one included, ends (suspend, deactivate, delete, clear sessions). */
    public static void endAll(Tx tx, String userId) {
        List<String> ids = tx.state().all(SESSIONS).values().stream().filter(s -> s.userId().equals(userId))
                .map(Session::id).toList();
        ids.forEach(id -> tx.remove(SESSIONS, id));
    }
}
