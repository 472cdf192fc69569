package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.Optional;

/** The browser session of the universe (see {@link Session}). */
public final class UserSessions {
    public static final Kind<Session> SESSIONS = Kind.of("okta", "sessions", Session.class);

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

    /** Suspending, deactivating or deleting a user ends the user's session. */
    static void endAll(Tx tx, String userId) {
        tx.get(SESSIONS, Session.BROWSER).filter(s -> s.userId().equals(userId)).ifPresent(s -> end(tx));
    }
}
