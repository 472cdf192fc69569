package dev.dtu.twins.jira.model;

import java.util.List;

/**
 * A workflow transition. An empty {@code from} makes it global (available from every status). When it
 * enters a done status Jira sets {@code resolutionId}; leaving done clears the resolution.
 */
public record Transition(String id, String name, String toStatusId, List<String> from, String resolutionId) {

    public Transition {
        from = List.copyOf(from);
    }

    public boolean isGlobal() {
        return from.isEmpty();
    }

    public boolean availableFrom(String statusId) {
        return !toStatusId.equals(statusId) && (isGlobal() || from.contains(statusId));
    }
}
