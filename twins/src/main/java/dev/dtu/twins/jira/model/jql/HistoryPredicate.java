package dev.dtu.twins.jira.model.jql;

import java.util.Objects;

/** A predicate of WAS or CHANGED, e.g. {@code AFTER "2026-01-01"} or {@code DURING ("a", "b")}. */
public record HistoryPredicate(Kind kind, Operand operand) {

    public enum Kind { AFTER, BEFORE, ON, DURING, BY, FROM, TO }

    public HistoryPredicate {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(operand);
    }
}
