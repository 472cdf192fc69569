package dev.dtu.twins.jira.model;

import java.time.Instant;

/**
 * Something that happened on the site that webhooks report. {@code issueEventTypeName} is Jira's
 * issue_event_type_name (issue_created, issue_updated, issue_generic, issue_assigned, issue_commented...).
 */
public record JiraEvent(String webhookEvent, String issueEventTypeName, Issue issue, ChangelogEntry changelog,
        Comment comment, String actorAccountId, Instant at) {

    public static final String ISSUE_CREATED = "jira:issue_created";
    public static final String ISSUE_UPDATED = "jira:issue_updated";
    public static final String ISSUE_DELETED = "jira:issue_deleted";
    public static final String COMMENT_CREATED = "comment_created";
    public static final String COMMENT_UPDATED = "comment_updated";
    public static final String COMMENT_DELETED = "comment_deleted";
}
