package dev.dtu.server.state;

import java.util.Arrays;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Optional;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * The whole state of one universe as a persistent (immutable, structurally shared) value. Taking a
 * snapshot or forking is keeping a reference; a write makes a new State sharing all untouched parts.
 * Entities of a kind are sorted by id, so listings and cursors are deterministic.
 *
 * <p>Kinds are a few dozen at most, so their table is a small array indexed by {@link Kind#slot()} and copied
 * on write (it is read on every request's path); the entities of each kind are persistent maps shared
 * between versions.
 */
public final class State {
    public static final State EMPTY = new State(new PSortedMap[0], null);

    private final PSortedMap<String, Object>[] slots;
    /** {@link Stored} bytes per slot; null while the state holds none (shared between versions until one changes). */
    private final long[] stored;

    /** @param slots owned by this state from now on, never changed again; an empty kind is null */
    private State(PSortedMap<String, Object>[] slots, long[] stored) {
        this.slots = slots;
        this.stored = stored;
    }

    public <T> Optional<T> get(Kind<T> kind, String id) {
        return Optional.ofNullable(kind.type().cast(entities(kind.slot()).get(id)));
    }

    /** All entities of a kind in id order: a read-only view, cheap to take. */
    @SuppressWarnings("unchecked")
    public <T> NavigableMap<String, T> all(Kind<T> kind) {
        return (NavigableMap<String, T>) (NavigableMap<String, ?>) entities(kind.slot());
    }

    /** The entities of a kind named by its key ("slack/conversations"), empty when there are none. */
    public NavigableMap<String, Object> entities(String kindKey) {
        int slot = Kind.existingSlot(kindKey);
        return slot < 0 ? TreePMap.empty() : entities(slot);
    }

    public <T> State with(Kind<T> kind, String id, T entity) {
        return withRaw(kind.slot(), id, kind.type().cast(entity));
    }

    public State without(Kind<?> kind, String id) {
        PSortedMap<String, Object> current = entities(kind.slot());
        if (!current.containsKey(id)) {
            return this;
        }
        // An emptied kind is dropped, so a state read back from storage (which has no rows for it) is equal.
        return plus(kind.slot(), current.minus(id), -bytesOf(current.get(id)));
    }

    /** The bytes every {@link Stored} entity of this state keeps. */
    public long storedBytes() {
        long sum = 0;
        for (int slot = 0; stored != null && slot < stored.length; slot++) {
            sum += stored[slot];
        }
        return sum;
    }

    /** The bytes the {@link Stored} entities of one twin's kinds keep. */
    public long storedBytes(String twin) {
        long sum = 0;
        for (int slot = 0; stored != null && slot < stored.length; slot++) {
            if (stored[slot] != 0 && Kind.keyOf(slot).startsWith(twin + "/")) {
                sum += stored[slot];
            }
        }
        return sum;
    }

    /** Every kind with entities, by kind key in key order, for storage and the state view. */
    public SortedMap<String, NavigableMap<String, Object>> byKind() {
        SortedMap<String, NavigableMap<String, Object>> out = new TreeMap<>();
        for (int slot = 0; slot < slots.length; slot++) {
            if (slots[slot] != null) {
                out.put(Kind.keyOf(slot), slots[slot]);
            }
        }
        return out;
    }

    /** Builds a state from stored rows, kind key to (id to entity). */
    public State withRaw(String kindKey, String id, Object entity) {
        return withRaw(Kind.slotOf(kindKey), id, entity);
    }

    private State withRaw(int slot, String id, Object entity) {
        PSortedMap<String, Object> current = entities(slot);
        long delta = entity instanceof Stored s ? s.storedBytes() - bytesOf(current.get(id)) : -bytesOf(current.get(id));
        return plus(slot, current.plus(id, entity), delta);
    }

    private static long bytesOf(Object entity) {
        return entity instanceof Stored s ? s.storedBytes() : 0;
    }

    private PSortedMap<String, Object> entities(int slot) {
        PSortedMap<String, Object> map = slot >= 0 && slot < slots.length ? slots[slot] : null;
        return map == null ? TreePMap.empty() : map;
    }

    private State plus(int slot, PSortedMap<String, Object> entities, long storedDelta) {
        PSortedMap<String, Object>[] copy = Arrays.copyOf(slots, Math.max(slots.length, slot + 1));
        copy[slot] = entities.isEmpty() ? null : entities;
        long[] bytes = stored;
        if (storedDelta != 0) {
            bytes = stored == null ? new long[slot + 1] : Arrays.copyOf(stored, Math.max(stored.length, slot + 1));
            bytes[slot] += storedDelta;
        }
        return new State(copy, bytes);
    }

    public int size() {
        int size = 0;
        for (PSortedMap<String, Object> entities : slots) {
            size += entities == null ? 0 : entities.size();
        }
        return size;
    }
}
