package dev.dtu.server.state;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A named collection of one twin's entities (Slack's conversations, Okta's users, ...). Entities are
 * immutable Java records keyed by id; the key is what durable storage and the state view use.
 *
 * @param key "slack/conversations": unique across the server
 * @param slot where a {@link State} keeps this kind's entities: one small number per key, for the process
 */
public record Kind<T>(String twin, String name, Class<T> type, String key, int slot) {
    private static final Map<String, Integer> SLOTS = new ConcurrentHashMap<>();
    private static final List<String> KEYS = new CopyOnWriteArrayList<>();

    public static <T> Kind<T> of(String twin, String name, Class<T> type) {
        String key = twin + "/" + name;
        return new Kind<>(twin, name, type, key, slotOf(key));
    }

    /** The slot of a kind key, given out on first sight. */
    static int slotOf(String key) {
        Integer slot = SLOTS.get(key);
        return slot != null ? slot : newSlot(key);
    }

    private static synchronized int newSlot(String key) {
        return SLOTS.computeIfAbsent(key, k -> {
            KEYS.add(k);
            return KEYS.size() - 1;
        });
    }

    /** The slot of a kind key seen before, or -1. */
    static int existingSlot(String key) {
        return SLOTS.getOrDefault(key, -1);
    }

    /** The kind key in a slot. */
    static String keyOf(int slot) {
        return KEYS.get(slot);
    }
}
