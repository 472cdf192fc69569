package dev.dtu.twins.jira.model.jql;

import java.util.Objects;

/**
 * An allowed value of an enumerated field (project, status, priority, issue type, resolution, status
 * category, select custom field). A query value matches it by id, key or name, case-insensitively.
 * {@code key} may be null (only projects and status categories have one).
 */
public record JqlOption(String id, String key, String name) {

    public JqlOption {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
    }

    public static JqlOption named(String id, String name) {
        return new JqlOption(id, null, name);
    }

    boolean answersTo(String text) {
        return id.equalsIgnoreCase(text) || name.equalsIgnoreCase(text) || (key != null && key.equalsIgnoreCase(text));
    }
}
