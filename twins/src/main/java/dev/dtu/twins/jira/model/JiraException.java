package dev.dtu.twins.jira.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Jira said no: an HTTP status with its errorMessages and per-field errors. */
public final class JiraException extends RuntimeException {
    private final int status;
    private final List<String> errorMessages;
    private final Map<String, String> errors;

    public JiraException(int status, List<String> errorMessages, Map<String, String> errors) {
        super(status + " " + errorMessages + " " + errors);
        this.status = status;
        this.errorMessages = List.copyOf(errorMessages);
        this.errors = new TreeMap<>(errors);
    }

    public static JiraException message(int status, String message) {
        return new JiraException(status, List.of(message), Map.of());
    }

    public static JiraException fields(Map<String, String> errors) {
        return new JiraException(400, List.of(), errors);
    }

    public static JiraException field(String field, String message) {
        return fields(Map.of(field, message));
    }

    public static JiraException issueNotFound() {
        return message(404, "Issue does not exist or you do not have permission to see it.");
    }

    public int status() {
        return status;
    }

    public List<String> errorMessages() {
        return errorMessages;
    }

    public Map<String, String> errors() {
        return errors;
    }
}
