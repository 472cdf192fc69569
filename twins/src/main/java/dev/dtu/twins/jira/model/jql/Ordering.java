package dev.dtu.twins.jira.model.jql;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** A query's ORDER BY: each issue's position, and the order of positions (so a search can resume after one). */
public final class Ordering implements Comparator<JqlIssue> {
    private static final Comparator<Comparable<Object>> NATURAL = Comparator.nullsLast(Comparator.naturalOrder());
    private final Function<JqlIssue, List<Comparable<?>>> keys;
    private final List<Boolean> descending;

    Ordering(Function<JqlIssue, List<Comparable<?>>> keys, List<Boolean> descending) {
        this.keys = keys;
        this.descending = List.copyOf(descending);
    }

    /** The issue's sort keys; the last is its key, so no two issues share a position. */
    public Position position(JqlIssue issue) {
        return new Position(keys.apply(issue));
    }

    @Override
    public int compare(JqlIssue a, JqlIssue b) {
        return compare(position(a), position(b));
    }

    @SuppressWarnings("unchecked")
    public int compare(Position a, Position b) {
        if (a.keys().size() != descending.size() || b.keys().size() != descending.size()) {
            throw new IllegalArgumentException("a position of another order");
        }
        for (int i = 0; i < descending.size(); i++) {
            int c = NATURAL.compare((Comparable<Object>) a.keys().get(i), (Comparable<Object>) b.keys().get(i));
            if (c != 0) {
                return descending.get(i) ? -c : c;
            }
        }
        return 0;
    }
}
