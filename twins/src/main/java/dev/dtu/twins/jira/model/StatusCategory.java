package dev.dtu.twins.jira.model;

import java.util.List;
import java.util.Optional;

/** Jira's three fixed status categories (plus "undefined", which no status uses here). */
public record StatusCategory(int id, String key, String name, String colorName) {
    public static final StatusCategory TO_DO = new StatusCategory(2, "new", "To Do", "blue-gray");
    public static final StatusCategory IN_PROGRESS = new StatusCategory(4, "indeterminate", "In Progress", "yellow");
    public static final StatusCategory DONE = new StatusCategory(3, "done", "Done", "green");
    public static final StatusCategory UNDEFINED = new StatusCategory(1, "undefined", "No Category", "medium-gray");

    public static List<StatusCategory> all() {
        return List.of(UNDEFINED, TO_DO, DONE, IN_PROGRESS);
    }

    public static Optional<StatusCategory> byKey(String key) {
        return all().stream().filter(c -> c.key.equals(key)).findFirst();
    }
}
