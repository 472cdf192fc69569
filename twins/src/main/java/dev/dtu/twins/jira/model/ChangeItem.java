package dev.dtu.twins.jira.model;

/** One field change in a changelog entry, in Jira's words (from/to are ids, the texts are names; Jira calls them fromString/toString). */
public record ChangeItem(String field, String fieldtype, String fieldId, String from, String fromText, String to,
        String toText) {

    public static ChangeItem jira(String field, String from, String fromString, String to, String toString) {
        return new ChangeItem(field, "jira", field, from, fromString, to, toString);
    }

    public static ChangeItem custom(String name, String fieldId, String from, String to) {
        return new ChangeItem(name, "custom", fieldId, null, from, null, to);
    }
}
