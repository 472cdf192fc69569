package dev.dtu.twins.jira.model;

import java.util.List;

/** A project role ("Administrators", "Member") and who plays it in one project: accounts and whole groups. */
public record ProjectRole(String name, List<String> accountIds, List<String> groups) {

    public ProjectRole {
        accountIds = List.copyOf(accountIds);
        groups = List.copyOf(groups);
    }

    public boolean played(JiraUser user) {
        return accountIds.contains(user.accountId()) || user.groups().stream().anyMatch(groups::contains);
    }
}
