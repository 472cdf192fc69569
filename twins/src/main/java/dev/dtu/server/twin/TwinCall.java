package dev.dtu.server.twin;

import dev.dtu.server.http.Request;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.server.universe.Universe;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** One request to a twin within one universe: what the twin's api layer works with. */
public final class TwinCall {
    private final Request request;
    private final Universe universe;
    private final String twin;
    private volatile boolean vouched;
    private volatile boolean refused;

    public TwinCall(Request request, Universe universe, String twin) {
        this.request = request;
        this.universe = universe;
        this.twin = twin;
    }

    public Request request() {
        return request;
    }

    public Universe universe() {
        return universe;
    }

    /** The universe's current state (a consistent, immutable view). */
    public State state() {
        return universe.state();
    }

    /** Changes the universe's state atomically; nothing changes if {@code change} throws. */
    public <R> R write(Function<Tx, R> change) {
        return universe.write(change);
    }

    public Instant now() {
        return universe.clock().instant();
    }

    /** The credential with this secret, if it belongs to this universe and this twin. */
    public Optional<Credential> credential(String secret) {
        Optional<Credential> found = universe.credential(secret).filter(c -> c.twin().equals(twin));
        if (found.isPresent()) {
            vouched = true;
        } else {
            refused = true;
        }
        return found;
    }

    /** Tells the framework the request came without any credential the vendor would take (Slack's not_authed). */
    public void markUnauthenticated() {
        refused = true;
    }

    /**
     * Whether the journal may keep this request's body: a credential of this universe vouched for it, or the
     * twin answered it successfully without refusing one (public endpoints such as OAuth token exchanges).
     */
    public boolean bodyWorthKeeping(int status) {
        return vouched || (!refused && status < 400);
    }
}
