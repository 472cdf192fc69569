package dev.dtu.twins.jira.model;

import java.util.Arrays;
import java.util.Optional;

/** The project permissions a permission scheme grants, with the ids Jira reports for them. */
public enum ProjectPermission {
    BROWSE_PROJECTS("10", "Browse Projects", "See the project and view its issues."),
    CREATE_ISSUES("11", "Create Issues", "Create issues in the project."),
    EDIT_ISSUES("12", "Edit Issues", "Edit issues."),
    ASSIGN_ISSUES("13", "Assign Issues", "Assign issues to other people."),
    ADD_COMMENTS("15", "Add Comments", "Add comments to issues."),
    DELETE_ISSUES("16", "Delete Issues", "Delete issues."),
    ASSIGNABLE_USER("17", "Assignable User", "Be assigned issues."),
    LINK_ISSUES("21", "Link Issues", "Link issues together."),
    ADMINISTER_PROJECTS("23", "Administer Projects", "Administer the project."),
    EDIT_ALL_COMMENTS("34", "Edit All Comments", "Edit anyone's comments."),
    EDIT_OWN_COMMENTS("35", "Edit Own Comments", "Edit one's own comments."),
    DELETE_ALL_COMMENTS("36", "Delete All Comments", "Delete anyone's comments."),
    DELETE_OWN_COMMENTS("37", "Delete Own Comments", "Delete one's own comments."),
    TRANSITION_ISSUES("46", "Transition Issues", "Move issues through the workflow.");

    private final String id;
    private final String label;
    private final String description;

    ProjectPermission(String id, String label, String description) {
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

    public static Optional<ProjectPermission> of(String key) {
        return Arrays.stream(values()).filter(p -> p.name().equals(key)).findFirst();
    }
}
