package dev.dtu.twins.jira.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A comment; {@code body} is an Atlassian Document Format document. */
public record Comment(String id, String issueId, String authorAccountId, JsonNode body, Instant created,
        String updateAuthorAccountId, Instant updated) {}
