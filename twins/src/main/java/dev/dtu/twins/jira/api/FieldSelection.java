package dev.dtu.twins.jira.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code fields} parameter: "*all", "*navigable", ids, and "-id" to leave one out. GET issue defaults to
 * all fields; search/jql defaults to "id" only.
 */
public record FieldSelection(boolean all, boolean navigable, Set<String> included, Set<String> excluded) {

    public static FieldSelection parse(List<String> tokens, String fallback) {
        List<String> effective = tokens.isEmpty() ? List.of(fallback) : tokens;
        boolean all = false;
        boolean navigable = false;
        Set<String> included = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        for (String t : effective) {
            switch (t) {
                case "*all" -> all = true;
                case "*navigable" -> navigable = true;
                default -> (t.startsWith("-") ? excluded : included).add(t.startsWith("-") ? t.substring(1) : t);
            }
        }
        return new FieldSelection(all, navigable, included, excluded);
    }

    public boolean includes(String fieldId) {
        if (excluded.contains(fieldId)) {
            return false;
        }
        return all || included.contains(fieldId) || (navigable && !fieldId.equals("comment"));
    }

    /** Only the issue id is wanted (search/jql's default): no key, self or fields. */
    public boolean idOnly() {
        return !all && !navigable && included.stream().allMatch(f -> f.equals("id"));
    }
}
