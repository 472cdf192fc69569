package dev.dtu.twins.jira.model;

/** A workflow status; {@code categoryKey} is new, indeterminate or done. */
public record Status(String id, String name, String description, String categoryKey) {

    public StatusCategory category() {
        return StatusCategory.byKey(categoryKey).orElse(StatusCategory.UNDEFINED);
    }
}
