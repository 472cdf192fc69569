package dev.dtu.twins.jira.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The {@code expand} parameter: a comma-separated list of names. */
final class Expand {
    private Expand() {}

    static Set<String> of(List<String> values) {
        return new HashSet<>(values);
    }

    static Set<String> of(String value) {
        return value == null ? Set.of() : of(List.of(value.split(","))).stream().map(String::trim)
                .collect(java.util.stream.Collectors.toSet());
    }
}
