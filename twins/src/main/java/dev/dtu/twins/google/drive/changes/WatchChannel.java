package dev.dtu.twins.google.drive.changes;

import java.time.Instant;

/**
 * A notification channel opened by changes.watch or files.watch (Drive's push notifications): where to POST, the
 * app's token, when it expires, what it watches, and the last message number sent.
 *
 * @param fileId the watched file, or null for a changes channel
 * @param filter the changes.list parameters the channel was opened with (changes channels only)
 */
public record WatchChannel(String id, String resourceId, String resourceUri, String token, String address,
                           Instant expiration, String accountId, String fileId, ChangeFilter filter,
                           long messageNumber) {
    public WatchChannel next() {
        return new WatchChannel(id, resourceId, resourceUri, token, address, expiration, accountId, fileId, filter,
                messageNumber + 1);
    }
}
