package dev.dtu.twins.google.drive.changes;

import dev.dtu.server.delivery.Delivery;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drive's push notifications (developers.google.com/drive/api/guides/push): an empty POST to the channel's address
 * with {@code X-Goog-Channel-ID}, {@code X-Goog-Channel-Token}, {@code X-Goog-Channel-Expiration},
 * {@code X-Goog-Resource-ID}, {@code X-Goog-Resource-URI}, {@code X-Goog-Resource-State} and
 * {@code X-Goog-Message-Number}, sent through the framework's deliveries (journaled, retried).
 */
public final class Notifications {
    /** "If the response is 500, 502, 503 or 504, Drive retries with exponential backoff"; scaled per universe. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16));
    static final Set<Integer> RETRIED = Set.of(500, 502, 503, 504);
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Notifications() {}

    /** The first message of a new channel: {@code sync}, message number 1. */
    public static Delivery sync(WatchChannel channel) {
        return delivery(channel, "sync", null);
    }

    static List<Delivery> forChanges(Tx tx, State before, List<DriveChange> changes, Instant now) {
        List<Delivery> out = new ArrayList<>();
        for (WatchChannel channel : List.copyOf(tx.all(ChangeFeed.CHANNELS).values())) {
            if (!channel.expiration().isAfter(now)) {
                continue;
            }
            Optional<String[]> state = channel.fileId() == null ? changesState(tx.state(), channel, changes)
                    : fileState(tx, before, channel, changes);
            if (state.isPresent()) {
                WatchChannel sent = tx.put(ChangeFeed.CHANNELS, channel.id(), channel.next());
                out.add(delivery(sent, state.get()[0], state.get()[1]));
            }
        }
        return out;
    }

    /** A changes channel hears "change" once per write that holds a change its caller would list. */
    private static Optional<String[]> changesState(State state, WatchChannel channel, List<DriveChange> changes) {
        boolean heard = changes.stream()
                .anyMatch(c -> ChangeFeed.seenAsRemoved(state, c, channel.accountId(), channel.filter()).isPresent());
        return heard ? Optional.of(new String[] {"change", null}) : Optional.empty();
    }

    /** A file channel: remove, trash, untrash or update (with X-Goog-Changed), and a folder's children. */
    private static Optional<String[]> fileState(Tx tx, State before, WatchChannel channel, List<DriveChange> changes) {
        String watched = channel.fileId();
        Optional<DriveFile> old = before.get(DriveAccess.FILES, watched);
        Optional<DriveFile> current = tx.get(DriveAccess.FILES, watched);
        Set<String> changed = new TreeSet<>();
        for (DriveChange c : changes) {
            if (!c.audience().contains(channel.accountId())) {
                continue;
            }
            if (c.itemId().equals(watched)) {
                if (current.isEmpty()) {
                    return Optional.of(new String[] {"remove", null});
                }
                if (old.isPresent() && old.get().trashed() != current.get().trashed()) {
                    return Optional.of(new String[] {current.get().trashed() ? "trash" : "untrash", null});
                }
                changed.addAll(differences(old.orElse(null), current.get()));
            } else if (childOf(before, c.itemId(), watched) || childOf(tx.state(), c.itemId(), watched)) {
                changed.add("children");
            }
        }
        return changed.isEmpty() ? Optional.empty() : Optional.of(new String[] {"update", String.join(",", changed)});
    }

    private static boolean childOf(State state, String fileId, String folderId) {
        return state.get(DriveAccess.FILES, fileId).map(f -> f.parents().contains(folderId)).orElse(false);
    }

    /** Which of Drive's X-Goog-Changed values apply: content, parents, permissions, properties. */
    static Set<String> differences(DriveFile old, DriveFile now) {
        Set<String> out = new TreeSet<>();
        if (old == null) {
            out.add("properties");
            return out;
        }
        if (!old.parents().equals(now.parents())) {
            out.add("parents");
        }
        if (!old.permissions().equals(now.permissions()) || !old.ownerId().equals(now.ownerId())) {
            out.add("permissions");
        }
        if (!old.name().equals(now.name()) || old.starred() != now.starred()
                || !java.util.Objects.equals(old.description(), now.description())
                || !old.appProperties().equals(now.appProperties()) || !old.mimeType().equals(now.mimeType())) {
            out.add("properties");
        }
        if (!java.util.Arrays.equals(old.content(), now.content()) || out.isEmpty()) {
            out.add("content");
        }
        return out;
    }

    private static Delivery delivery(WatchChannel channel, String state, String changed) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Goog-Channel-ID", channel.id());
        if (channel.token() != null) {
            headers.put("X-Goog-Channel-Token", channel.token());
        }
        headers.put("X-Goog-Channel-Expiration",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(channel.expiration().atOffset(ZoneOffset.UTC)));
        headers.put("X-Goog-Resource-ID", channel.resourceId());
        headers.put("X-Goog-Resource-URI", channel.resourceUri());
        headers.put("X-Goog-Resource-State", state);
        if (changed != null) {
            headers.put("X-Goog-Changed", changed);
        }
        headers.put("X-Goog-Message-Number", Long.toString(channel.messageNumber()));
        Map<String, String> fixed = Map.copyOf(headers);
        String operation = channel.fileId() == null ? "drive.changes.watch" : "drive.files.watch";
        return new Delivery("google", operation + ":" + state, channel.address(), "application/json; charset=UTF-8",
                new byte[0], (attempt, reason) -> fixed, RETRY_DELAYS, TIMEOUT, RETRIED::contains);
    }
}
