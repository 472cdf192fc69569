package dev.dtu.twins.jira.model.jql;

/** The key and numeric id of an issue, as the key field sees it. */
record KeyValue(IssueKey key, String id) {
}
