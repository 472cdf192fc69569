package dev.dtu.server.resource.filter;

import java.util.Map;
import java.util.Optional;

/**
 * Anything a filter can be evaluated against: the value at a dotted attribute path such as
 * {@code status}, {@code lastUpdated} or {@code profile.lastName}. Values may be strings, enums (compared
 * by name), numbers, booleans, {@link java.time.Instant}s or other offset date-times (compared as
 * instants), or collections of these (an array matches when any element does).
 */
@FunctionalInterface
public interface FilterTarget {

    Optional<Object> attribute(String path);

    /** A target whose attributes are the keys of {@code attributes}, dotted paths included. */
    static FilterTarget of(Map<String, ?> attributes) {
        return path -> Optional.ofNullable(attributes.get(path));
    }

    /** A target over nested maps, as a JSON object reads: {@code profile.lastName} is {@code tree.profile.lastName}. */
    static FilterTarget ofTree(Map<String, ?> tree) {
        return path -> {
            Object node = tree;
            for (String segment : path.split("\\.", -1)) {
                if (!(node instanceof Map<?, ?> map)) {
                    return Optional.empty();
                }
                node = map.get(segment);
            }
            return Optional.ofNullable(node);
        };
    }
}
