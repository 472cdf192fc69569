package dev.dtu.twins.google.drive.changes;

import java.time.Instant;
import java.util.List;

/**
 * One entry of Drive's changes feed: a file (or a shared drive) changed, was removed, or some accounts lost sight
 * of it. Stored in order under its zero-padded sequence number, which page tokens name.
 *
 * @param changeType "file" or "drive"
 * @param driveId the shared drive the item is in (after the change, or before a removal); null in My Drive
 * @param deleted the item no longer exists
 * @param audience the accounts that could see the item before or after the change: only they hear of it
 */
public record DriveChange(String key, long seq, String changeType, String itemId, String driveId, Instant time,
                          boolean deleted, List<String> audience) {
    public DriveChange {
        audience = audience == null ? List.of() : List.copyOf(audience);
    }

    public DriveChange withAudience(List<String> accounts) {
        return new DriveChange(key, seq, changeType, itemId, driveId, time, deleted, accounts);
    }

    public static String key(long seq) {
        return String.format("%012d", seq);
    }
}
