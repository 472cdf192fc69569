package dev.dtu.twins.jira.model;

import java.util.Arrays;
import java.util.List;

/** Who holds each project permission in the projects that use this scheme. */
public record PermissionScheme(String id, String name, List<Grant> grants) {

    /** The scheme of a project that names none: everyone who can log in holds every permission. */
    public static final PermissionScheme OPEN = new PermissionScheme("0", "Open", Arrays.stream(ProjectPermission.values())
            .map(p -> new Grant(p, Holder.ANYONE, null)).toList());

    public PermissionScheme {
        grants = List.copyOf(grants);
    }

    /** Jira's holder types: any logged-in user, a group, a user, a project role, the lead, the reporter or assignee. */
    public enum Holder {
        ANYONE("anyone"), GROUP("group"), USER("user"), PROJECT_ROLE("projectRole"), PROJECT_LEAD("projectLead"),
        REPORTER("reporter"), ASSIGNEE("assignee");

        private final String type;

        Holder(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }

        public static java.util.Optional<Holder> of(String type) {
            return Arrays.stream(values()).filter(h -> h.type.equals(type)).findFirst();
        }
    }

    /** One grant; {@code parameter} names the group, account id or role (null for the others). */
    public record Grant(ProjectPermission permission, Holder holder, String parameter) {}
}
