package dev.dtu.server.state;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * The whole state of one universe as a persistent (immutable, structurally shared) value. Taking a
 * snapshot or forking is keeping a reference; a write makes a new State sharing all untouched parts.
 * Entities of a kind are sorted by id, so listings and cursors are deterministic.
 */
public final class State {
    public static final State EMPTY = new State(HashTreePMap.empty());

    private final PMap<String, PSortedMap<String, Object>> kinds;

    private State(PMap<String, PSortedMap<String, Object>> kinds) {
        this.kinds = kinds;
    }

    public <T> Optional<T> get(Kind<T> kind, String id) {
        return Optional.ofNullable(kind.type().cast(entities(kind.key()).get(id)));
    }

    /** All entities of a kind in id order: a read-only view, cheap to take. */
    @SuppressWarnings("unchecked")
    public <T> NavigableMap<String, T> all(Kind<T> kind) {
        return (NavigableMap<String, T>) (NavigableMap<String, ?>) entities(kind.key());
    }

    public <T> State with(Kind<T> kind, String id, T entity) {
        PSortedMap<String, Object> updated = entities(kind.key()).plus(id, kind.type().cast(entity));
        return new State(kinds.plus(kind.key(), updated));
    }

    public State without(Kind<?> kind, String id) {
        PSortedMap<String, Object> current = entities(kind.key());
        if (!current.containsKey(id)) {
            return this;
        }
        PSortedMap<String, Object> rest = current.minus(id);
        // An emptied kind is dropped, so a state read back from storage (which has no rows for it) is equal.
        return new State(rest.isEmpty() ? kinds.minus(kind.key()) : kinds.plus(kind.key(), rest));
    }

    /** Entities keyed by kind key ("slack/conversations"), for storage and the state view. */
    public Map<String, ? extends NavigableMap<String, Object>> byKind() {
        return kinds;
    }

    /** Builds a state from stored rows, kind key to (id to entity). */
    public State withRaw(String kindKey, String id, Object entity) {
        return new State(kinds.plus(kindKey, entities(kindKey).plus(id, entity)));
    }

    private PSortedMap<String, Object> entities(String key) {
        PSortedMap<String, Object> map = kinds.get(key);
        return map == null ? TreePMap.empty() : map;
    }

    public int size() {
        return kinds.values().stream().mapToInt(Map::size).sum();
    }
}
