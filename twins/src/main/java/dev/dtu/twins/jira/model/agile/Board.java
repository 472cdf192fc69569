package dev.dtu.twins.jira.model.agile;

/**
 * A Jira Software board: a saved filter shown as columns. {@code type} is scrum or kanban; {@code projectId} is its
 * location (null for a board located with a user).
 */
public record Board(long id, String name, String type, long filterId, String projectId, String ownerAccountId) {
    public boolean scrum() {
        return type.equals("scrum");
    }
}
