package dev.dtu.twins.jira.model.jql;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of a field in an issue's history. {@code from} and {@code to} use the same representation as
 * {@link JqlIssue#value} (a status name, an account id...), null for empty; {@code author} is an account id.
 */
public record JqlChange(Instant at, String author, String from, String to) {

    public JqlChange {
        Objects.requireNonNull(at);
    }
}
