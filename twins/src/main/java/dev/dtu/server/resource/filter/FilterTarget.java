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

    /**
     * A target over a JSON object: strings, numbers ({@link java.math.BigDecimal}), booleans, and arrays, whose
     * elements are each followed further ({@code scopes.type} of {@code {"scopes":[{"type":"CORS"}]}} is
     * {@code [CORS]}); the string values at {@code dates} are read as instants where they parse as one.
     */
    static FilterTarget ofJson(com.fasterxml.jackson.databind.JsonNode json, java.util.Set<String> dates) {
        return path -> {
            java.util.List<Object> out = new java.util.ArrayList<>();
            collect(json, path.split("\\.", -1), 0, out);
            if (out.isEmpty()) {
                return Optional.empty();
            }
            if (dates.contains(path) && out.size() == 1 && out.get(0) instanceof String s) {
                try {
                    return Optional.of(java.time.OffsetDateTime.parse(s).toInstant());
                } catch (java.time.format.DateTimeParseException notADate) {
                    return Optional.of(s);
                }
            }
            return Optional.of(out.size() == 1 ? out.get(0) : out); // an array matches when any element does
        };
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode node, String[] path, int at, java.util.List<Object> out) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, path, at, out));
            return;
        }
        if (at == path.length) {
            if (node.isTextual()) {
                out.add(node.asText());
            } else if (node.isNumber()) {
                out.add(node.decimalValue());
            } else if (node.isBoolean()) {
                out.add(node.booleanValue());
            } else if (node.isObject()) {
                out.add(Map.of("", node));
            }
            return;
        }
        com.fasterxml.jackson.databind.JsonNode next = node.get(path[at]);
        if (next != null && !next.isNull()) {
            collect(next, path, at + 1, out);
        }
    }
}
