package dev.dtu.server.resource;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.pcollections.HashTreePMap;
import org.pcollections.HashTreePSet;
import org.pcollections.PMap;
import org.pcollections.PSet;

/**
 * The declaration's unique fields as an index: (parent, field, value ignoring case) to the ids holding it.
 *
 * <p>The index is a function of the state's map of the resource's kind, which never changes once made, so it is
 * kept beside the maps it was computed for (by identity, a few recent ones) rather than in the state: seeds,
 * hooks, restores, forks and data dirs that put resources directly stay indexed, since a map not seen before is
 * indexed in one pass. A write through the declared resource derives the next map's index from the last one
 * (persistent maps: one step, not a pass), so a create costs the same with ten resources or a hundred thousand.
 */
final class UniqueIndex {
    private static final int RECENT = 32;

    private final List<String> fields;
    private final AtomicReferenceArray<Entry> recent = new AtomicReferenceArray<>(RECENT);

    private record Entry(WeakReference<Map<String, Resource>> map, PMap<String, PSet<String>> index) {
    }

    UniqueIndex(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The index of a map of stored resources: the one kept for it, else one pass over it. */
    PMap<String, PSet<String>> of(Map<String, Resource> stored) {
        Entry e = recent.get(slot(stored));
        if (e != null && e.map().get() == stored) {
            return e.index();
        }
        PMap<String, PSet<String>> index = HashTreePMap.empty();
        for (Resource r : stored.values()) {
            index = plus(index, r);
        }
        remember(stored, index);
        return index;
    }

    /** Keeps the index of a map a write made (its old index with the write's change). */
    void remember(Map<String, Resource> stored, PMap<String, PSet<String>> index) {
        recent.set(slot(stored), new Entry(new WeakReference<>(stored), index));
    }

    /** The unique fields of {@code r} another resource under its parent holds. */
    List<String> taken(PMap<String, PSet<String>> index, Resource r) {
        return fields.stream().filter(field -> {
            String key = key(r, field);
            PSet<String> ids = key == null ? null : index.get(key);
            return ids != null && (ids.size() > 1 || !ids.contains(r.id()));
        }).toList();
    }

    PMap<String, PSet<String>> plus(PMap<String, PSet<String>> index, Resource r) {
        for (String field : fields) {
            String key = key(r, field);
            if (key != null) {
                index = index.plus(key, index.getOrDefault(key, HashTreePSet.empty()).plus(r.id()));
            }
        }
        return index;
    }

    PMap<String, PSet<String>> minus(PMap<String, PSet<String>> index, Resource r) {
        for (String field : fields) {
            String key = key(r, field);
            PSet<String> ids = key == null ? null : index.get(key);
            if (ids != null) {
                PSet<String> rest = ids.minus(r.id());
                index = rest.isEmpty() ? index.minus(key) : index.plus(key, rest);
            }
        }
        return index;
    }

    private static int slot(Map<String, Resource> stored) {
        return (System.identityHashCode(stored) & 0x7fffffff) % RECENT;
    }

    /** (parent, field, value folded as {@link String#equalsIgnoreCase} compares), or null for no scalar value. */
    private static String key(Resource r, String field) {
        JsonNode value = r.body().get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.isTextual() ? value.textValue() : value.asText();
        StringBuilder key = new StringBuilder(text.length() + field.length() + 16);
        key.append(r.parent()).append('\u0000').append(field).append('\u0000');
        text.codePoints().forEach(c -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return key.toString();
    }
}
