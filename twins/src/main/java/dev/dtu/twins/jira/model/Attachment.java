package dev.dtu.twins.jira.model;

import java.time.Instant;

/** A file attached to an issue, with its bytes. */
public record Attachment(String id, String issueId, String filename, String mimeType, String authorAccountId,
        Instant created, byte[] content) {

    public long size() {
        return content.length;
    }
}
