package dev.dtu.twins.jira.model.jql;

import java.util.Objects;

/** Entry point: {@code Jql.parse("project = DTU ORDER BY created DESC")}. */
public final class Jql {
    private Jql() {
    }

    /**
     * Parses a JQL string. A blank query is valid and matches every issue.
     *
     * @throws JqlSyntaxException with Jira's message and position when the text is not JQL
     */
    public static JqlQuery parse(String jql) {
        return Parser.parse(Objects.requireNonNull(jql));
    }
}
