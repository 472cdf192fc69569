package dev.dtu.twins.google.drive.model;

import java.time.Instant;
import java.util.List;

/**
 * A Drive comment on a file, with its replies.
 *
 * @param quotedMimeType with {@code quotedValue}, the file content the comment refers to (quotedFileContent)
 */
public record DriveComment(String id, String fileId, String authorId, String content, String anchor,
                           String quotedMimeType, String quotedValue, Instant createdTime, Instant modifiedTime,
                           boolean resolved, boolean deleted, List<Reply> replies) {

    public DriveComment {
        replies = replies == null ? List.of() : List.copyOf(replies);
    }

    /** A reply; {@code action} "resolve" or "reopen" changes its comment's state. */
    public record Reply(String id, String authorId, String content, String action, Instant createdTime,
                        Instant modifiedTime, boolean deleted) {}

    public DriveComment withContent(String newContent, Instant at) {
        return new DriveComment(id, fileId, authorId, newContent, anchor, quotedMimeType, quotedValue, createdTime, at,
                resolved, deleted, replies);
    }

    public DriveComment deletedAt(Instant at) {
        return new DriveComment(id, fileId, authorId, "", anchor, quotedMimeType, quotedValue, createdTime, at,
                resolved, true, replies);
    }

    public DriveComment withReplies(List<Reply> newReplies, boolean newResolved, Instant at) {
        return new DriveComment(id, fileId, authorId, content, anchor, quotedMimeType, quotedValue, createdTime, at,
                newResolved, deleted, newReplies);
    }
}
