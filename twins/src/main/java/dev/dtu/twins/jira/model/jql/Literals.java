package dev.dtu.twins.jira.model.jql;

import java.util.List;

/** The resolved right-hand side of a clause: typed values, and whether EMPTY was among them. */
record Literals(boolean empty, List<Object> values) {

    Literals {
        values = List.copyOf(values);
    }
}
