package dev.dtu.twins.jira.model;

import java.util.List;

/** A person's Atlassian account on the site: every person of the universe has one. */
public record JiraUser(String accountId, String personId, String displayName, String emailAddress, String timeZone,
        boolean active, List<String> groups) {

    public JiraUser {
        groups = List.copyOf(groups);
    }
}
