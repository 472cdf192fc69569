package dev.dtu.server.resource.filter;

import java.util.Locale;

/**
 * How string values compare. listUsers documents {@code filter} as case-sensitive for values and
 * {@code search} as case-insensitive (diacritics stay significant in both).
 */
public enum StringMatching {
    EXACT,
    IGNORE_CASE;

    String normalize(String value) {
        return this == IGNORE_CASE ? value.toLowerCase(Locale.ROOT) : value;
    }
}
