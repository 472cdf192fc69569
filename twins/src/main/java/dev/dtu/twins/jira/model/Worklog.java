package dev.dtu.twins.jira.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Time logged on an issue: who, when the work started, how long (seconds), and an optional ADF comment. */
public record Worklog(String id, String issueId, String authorAccountId, String updateAuthorAccountId, JsonNode comment,
        Instant created, Instant updated, Instant started, long timeSpentSeconds) {}
