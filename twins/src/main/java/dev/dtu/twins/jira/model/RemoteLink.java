package dev.dtu.twins.jira.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A link from an issue to something outside Jira. {@code globalId} (optional) names the remote object, so a second
 * write with the same one updates the link; {@code application} and {@code object} are kept as the caller wrote them.
 */
public record RemoteLink(long id, String issueId, String globalId, JsonNode application, String relationship, JsonNode object) {}
