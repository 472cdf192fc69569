package dev.dtu.twins.jira.model;

import dev.dtu.twins.jira.model.PermissionScheme.Grant;
import java.util.Objects;

/** Evaluates project permissions from each project's permission scheme, roles and lead. */
public record Permissions(Directory dir) {

    public PermissionScheme scheme(Project project) {
        return project.permissionSchemeId() == null ? PermissionScheme.OPEN
                : dir.permissionScheme(project.permissionSchemeId()).orElse(PermissionScheme.OPEN);
    }

    /** In the project, not about one issue: reporter and assignee grants count if the user is one on any issue there. */
    public boolean has(JiraUser user, ProjectPermission permission, Project project) {
        return scheme(project).grants().stream().filter(g -> g.permission() == permission)
                .anyMatch(g -> holds(user, g, project, null));
    }

    public boolean has(JiraUser user, ProjectPermission permission, Issue issue) {
        Project project = dir.projectOf(issue);
        return scheme(project).grants().stream().filter(g -> g.permission() == permission)
                .anyMatch(g -> holds(user, g, project, issue));
    }

    /** In any project (the global context of "Get my permissions"). */
    public boolean hasAnywhere(JiraUser user, ProjectPermission permission) {
        return dir.projects().stream().anyMatch(p -> has(user, permission, p));
    }

    public boolean canBrowse(JiraUser user, Issue issue) {
        return has(user, ProjectPermission.BROWSE_PROJECTS, issue);
    }

    private boolean holds(JiraUser user, Grant g, Project project, Issue issue) {
        return switch (g.holder()) {
            case ANYONE -> user.active();
            case GROUP -> user.groups().contains(g.parameter());
            case USER -> user.accountId().equals(g.parameter());
            case PROJECT_ROLE -> project.roles().stream().anyMatch(r -> r.name().equals(g.parameter()) && r.played(user));
            case PROJECT_LEAD -> user.accountId().equals(project.leadAccountId());
            case REPORTER -> issue != null ? user.accountId().equals(issue.reporterAccountId())
                    : anyIssue(project, i -> user.accountId().equals(i.reporterAccountId()));
            case ASSIGNEE -> issue != null ? Objects.equals(user.accountId(), issue.assigneeAccountId())
                    : anyIssue(project, i -> user.accountId().equals(i.assigneeAccountId()));
        };
    }

    private boolean anyIssue(Project project, java.util.function.Predicate<Issue> test) {
        return dir.issues().stream().filter(i -> i.projectId().equals(project.id())).anyMatch(test);
    }
}
