package dev.dtu.twins.jira.model;

public record IssueType(String id, String name, String description, boolean subtask, int hierarchyLevel) {}
