package dev.dtu.twins.jira.model.jql;

import java.util.List;

/** The query parsed but names unknown fields, functions or values; messages are Jira's errorMessages. */
public final class JqlValidationException extends RuntimeException {
    private final List<String> messages;

    JqlValidationException(List<String> messages) {
        super(String.join(" ", messages));
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
