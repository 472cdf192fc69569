package dev.dtu.twins.jira.model;

/**
 * A project component. {@code assigneeType} is Jira's default-assignee rule (PROJECT_DEFAULT, COMPONENT_LEAD,
 * PROJECT_LEAD, UNASSIGNED); a seeded component has PROJECT_DEFAULT, as a component created without one does.
 */
public record Component(String id, String name, String description, String leadAccountId, String assigneeType) {
    public Component {
        assigneeType = assigneeType == null ? "PROJECT_DEFAULT" : assigneeType;
    }

    public Component(String id, String name, String description, String leadAccountId) {
        this(id, name, description, leadAccountId, null);
    }
}
