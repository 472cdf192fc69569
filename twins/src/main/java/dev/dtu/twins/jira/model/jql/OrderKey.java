package dev.dtu.twins.jira.model.jql;

import java.util.Objects;

/** One key of ORDER BY; {@link Direction#DEFAULT} when the query names no direction. */
public record OrderKey(String field, Direction direction) {

    public enum Direction { ASC, DESC, DEFAULT }

    public OrderKey {
        Objects.requireNonNull(field);
        Objects.requireNonNull(direction);
    }
}
