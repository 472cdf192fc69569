package dev.dtu.twins.jira.model;

/** "outward blocks inward": the outward issue is the one doing the blocking. */
public record IssueLink(String id, String typeId, String inwardIssueId, String outwardIssueId) {}
