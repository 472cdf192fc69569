package dev.dtu.server.state;

import java.util.LinkedHashSet;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;

/**
 * One write to a universe: reads see its own changes; the framework publishes (and persists) the result
 * only when the whole write returns, so a write that throws changes nothing.
 */
public final class Tx {
    /** Counters behind deterministic ids ("slack.message" → 42). */
    public static final Kind<Long> SEQUENCES = Kind.of("dtu", "sequences", Long.class);

    private State state;
    private final Set<EntityKey> dirty = new LinkedHashSet<>();

    public Tx(State base) {
        this.state = base;
    }

    public <T> Optional<T> get(Kind<T> kind, String id) {
        return state.get(kind, id);
    }

    public <T> NavigableMap<String, T> all(Kind<T> kind) {
        return state.all(kind);
    }

    public <T> T put(Kind<T> kind, String id, T entity) {
        state = state.with(kind, id, entity);
        dirty.add(new EntityKey(kind.key(), id));
        return entity;
    }

    public void remove(Kind<?> kind, String id) {
        state = state.without(kind, id);
        dirty.add(new EntityKey(kind.key(), id));
    }

    /** The next value of a named counter, starting at 1; part of the state, so forks continue it. */
    public long next(String sequence) {
        long value = state.get(SEQUENCES, sequence).orElse(0L) + 1;
        put(SEQUENCES, sequence, value);
        return value;
    }

    public State state() {
        return state;
    }

    public Set<EntityKey> dirty() {
        return dirty;
    }
}
