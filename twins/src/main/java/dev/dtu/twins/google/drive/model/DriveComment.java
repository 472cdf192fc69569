package dev.dtu.twins.google.drive.model;

import java.time.Instant;

/** A Drive comment on a file (replies are not modelled yet). */
public record DriveComment(String id, String fileId, String authorId, String content, String anchor,
                           Instant createdTime, Instant modifiedTime, boolean resolved, boolean deleted) {
}
