package dev.dtu.twins.jira.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Jira Cloud's global permissions (GET /rest/api/3/permissions, type GLOBAL). Administer Jira and Jira System
 * Administrators belong to the site's administrators; the rest to every active account (guessed: a Jira Cloud site
 * grants them to its product-access groups, which every member of a universe's site is in).
 */
public enum GlobalPermission {
    ADMINISTER("0", "Administer Jira", "Create and administer projects, issue types, fields, workflows and schemes."),
    SYSTEM_ADMIN("44", "Jira System Administrators", "Configure the Jira site's system settings."),
    USER_PICKER("27", "Browse users and groups", "View and select users or groups from the user picker."),
    CREATE_SHARED_OBJECTS("22", "Share dashboards and filters", "Share dashboards and filters with other users."),
    MANAGE_GROUP_FILTER_SUBSCRIPTIONS("24", "Manage group filter subscriptions", "Create and delete group filter subscriptions."),
    BULK_CHANGE("33", "Make bulk changes", "Modify collections of issues at once.");

    private final String id;
    private final String label;
    private final String description;

    GlobalPermission(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether the permission needs the site's administrators (the others every active account holds). */
    public boolean administrative() {
        return this == ADMINISTER || this == SYSTEM_ADMIN;
    }

    public static Optional<GlobalPermission> of(String key) {
        return Arrays.stream(values()).filter(p -> p.name().equals(key)).findFirst();
    }
}
