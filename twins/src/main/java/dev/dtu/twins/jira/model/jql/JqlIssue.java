package dev.dtu.twins.jira.model.jql;

import java.util.List;

/** The read-only view of an issue that JQL evaluates against. */
public interface JqlIssue {

    /** Numeric issue id, as a string ("10001"). */
    String id();

    /** Issue key ("DTU-12"). */
    String key();

    String projectKey();

    /**
     * The current value of a field by {@link JqlField#id()}, typed as its {@link FieldType} documents, or
     * null when empty. Not called for project, key and text.
     */
    Object value(String fieldId);

    /** Changes of a field, oldest first; only read for fields with history (WAS, CHANGED). */
    default List<JqlChange> changes(String fieldId) {
        return List.of();
    }
}
