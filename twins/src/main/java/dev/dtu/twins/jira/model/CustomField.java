package dev.dtu.twins.jira.model;

import java.util.List;

/**
 * A custom field ("customfield_10010"). {@code type} is one of number, string, option, date, labels, user;
 * {@code options} lists a select field's allowed values.
 */
public record CustomField(String id, String name, String type, List<Option> options) {
    public record Option(String id, String value) {}

    public CustomField {
        options = List.copyOf(options);
    }

    public long number() {
        return Long.parseLong(id.substring("customfield_".length()));
    }
}
