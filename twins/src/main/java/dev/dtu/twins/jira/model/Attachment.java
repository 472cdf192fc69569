package dev.dtu.twins.jira.model;

import java.time.Instant;
import java.util.Base64;

/** A file attached to an issue; its bytes are kept as base64 ({@code data}), as the state's JSON holds them. */
public record Attachment(String id, String issueId, String filename, String mimeType, String authorAccountId,
        Instant created, long size, String data) implements dev.dtu.server.state.Stored {

    /** An attachment's size counts against the site's storage until it is deleted. */
    @Override
    public long storedBytes() {
        return size;
    }

    public static Attachment of(String filename, String mimeType, byte[] content) {
        return new Attachment(null, null, filename, mimeType, null, null, content.length, Base64.getEncoder().encodeToString(content));
    }

    public byte[] content() {
        return Base64.getDecoder().decode(data);
    }
}
