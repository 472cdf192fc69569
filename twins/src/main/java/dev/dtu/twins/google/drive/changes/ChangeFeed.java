package dev.dtu.twins.google.drive.changes;

import dev.dtu.server.delivery.Delivery;
import dev.dtu.server.state.EntityKey;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.google.auth.Caller;
import dev.dtu.twins.google.auth.GoogleAccount;
import dev.dtu.twins.google.auth.GoogleApp;
import dev.dtu.twins.google.auth.GoogleAuth;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.FileIds;
import dev.dtu.twins.google.drive.model.SharedDrive;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Drive's changes feed, written once for every Google write: what a write did to files and shared drives becomes
 * {@link DriveChange}s in the same transaction, and every open channel that hears of one gets its next message
 * number and a notification, sent once the write is committed.
 */
public final class ChangeFeed {
    public static final Kind<DriveChange> CHANGES = Kind.of("google", "changes", DriveChange.class);
    public static final Kind<ItemChanges> ITEMS = Kind.of("google", "changeItems", ItemChanges.class);
    public static final Kind<WatchChannel> CHANNELS = Kind.of("google", "channels", WatchChannel.class);
    static final String SEQUENCE = "google.change";

    private ChangeFeed() {}

    /** The page token the next change will have (changes.getStartPageToken). */
    public static long nextToken(State state) {
        return state.get(Tx.SEQUENCES, SEQUENCE).orElse(0L) + 1;
    }

    /** Records what the write changed since {@code before}; returns the notifications to send after the commit. */
    public static List<Delivery> record(Tx tx, State before, Instant now) {
        List<DriveChange> recorded = new ArrayList<>();
        for (EntityKey key : List.copyOf(tx.dirty())) {
            if (key.kind().equals(DriveAccess.FILES.key())) {
                file(tx, before, key.id(), now).ifPresent(recorded::add);
            } else if (key.kind().equals(DriveAccess.DRIVES.key())) {
                drive(tx, before, key.id(), now).ifPresent(recorded::add);
            }
        }
        return recorded.isEmpty() ? List.of() : Notifications.forChanges(tx, before, recorded, now);
    }

    private static Optional<DriveChange> file(Tx tx, State before, String id, Instant now) {
        Optional<DriveFile> old = before.get(DriveAccess.FILES, id);
        Optional<DriveFile> current = tx.get(DriveAccess.FILES, id);
        if (old.equals(current) || current.map(DriveFile::root).orElse(old.map(DriveFile::root).orElse(false))) {
            return Optional.empty(); // the top folders (My Drive, a drive's) are not items of the feed
        }
        Set<String> audience = new LinkedHashSet<>();
        old.ifPresent(f -> audience.addAll(viewers(before, f)));
        current.ifPresent(f -> audience.addAll(viewers(tx.state(), f)));
        if (audience.isEmpty()) {
            return Optional.empty();
        }
        String driveId = current.flatMap(f -> DriveAccess.driveOf(tx.state(), f))
                .or(() -> old.flatMap(f -> DriveAccess.driveOf(before, f))).orElse(null);
        return Optional.of(add(tx, "file", id, driveId, now, current.isEmpty(), audience));
    }

    private static Optional<DriveChange> drive(Tx tx, State before, String id, Instant now) {
        Optional<SharedDrive> current = tx.get(DriveAccess.DRIVES, id);
        Set<String> audience = new LinkedHashSet<>();
        before.get(DriveAccess.FILES, id).ifPresent(top -> audience.addAll(viewers(before, top)));
        tx.get(DriveAccess.FILES, id).ifPresent(top -> audience.addAll(viewers(tx.state(), top)));
        return audience.isEmpty() ? Optional.empty()
                : Optional.of(add(tx, "drive", id, id, now, current.isEmpty(), audience));
    }

    /**
     * Adds the item's newest change. Drive's change log holds "only one entry per file or shared drive at a time":
     * each change replaces the item's entry (developers.google.com/drive/api/guides/change-overview). The log is
     * each account's, so the older entry is kept only for the accounts this change does not reach (one that lost
     * sight of the item earlier still lists that as a removal); the feed stays as long as the items it names, and
     * every page token stays valid.
     */
    private static DriveChange add(Tx tx, String type, String id, String driveId, Instant now, boolean deleted,
                                   Set<String> audience) {
        long seq = tx.next(SEQUENCE);
        DriveChange change = new DriveChange(DriveChange.key(seq), seq, type, id, driveId, now, deleted,
                List.copyOf(audience));
        String item = type + ":" + id;
        List<Long> kept = new ArrayList<>();
        for (long older : tx.get(ITEMS, item).map(ItemChanges::seqs).orElse(List.of())) {
            Optional<DriveChange> entry = tx.get(CHANGES, DriveChange.key(older));
            if (entry.isEmpty()) {
                continue;
            }
            List<String> rest = entry.get().audience().stream().filter(a -> !audience.contains(a)).toList();
            if (rest.isEmpty()) {
                tx.remove(CHANGES, entry.get().key());
            } else {
                tx.put(CHANGES, entry.get().key(), entry.get().withAudience(rest));
                kept.add(older);
            }
        }
        kept.add(seq);
        tx.put(ITEMS, item, new ItemChanges(item, kept));
        return tx.put(CHANGES, change.key(), change);
    }

    /** The accounts that can see a file in this state, shared drives' items included. */
    static List<String> viewers(State state, DriveFile f) {
        return state.all(GoogleAuth.ACCOUNTS).values().stream()
                .filter(a -> DriveAccess.role(state, f, caller(state, a), false).isPresent())
                .map(GoogleAccount::id).toList();
    }

    static Caller caller(State state, GoogleAccount account) {
        String domain = state.get(GoogleAuth.APP, GoogleApp.ID).map(GoogleApp::domain).orElse("");
        return new Caller(account, domain);
    }

    /** Whether the account hears of this change under the filter, and if so whether as a removal. */
    public static Optional<Boolean> seenAsRemoved(State state, DriveChange change, String accountId, ChangeFilter filter) {
        if (!change.audience().contains(accountId)) {
            return Optional.empty();
        }
        if (filter.driveId() != null ? !filter.driveId().equals(change.driveId())
                : change.driveId() != null && !filter.includeItemsFromAllDrives()) {
            return Optional.empty();
        }
        Optional<GoogleAccount> account = state.get(GoogleAuth.ACCOUNTS, accountId);
        boolean visible = account.isPresent() && !change.deleted() && visibleNow(state, change, caller(state, account.get()));
        if (filter.restrictToMyDrive() && (change.driveId() != null
                || visible && !inMyDrive(state, change.itemId(), accountId))) {
            return Optional.empty();
        }
        if (!visible && !filter.includeRemoved()) {
            return Optional.empty();
        }
        return Optional.of(!visible);
    }

    private static boolean visibleNow(State state, DriveChange change, Caller caller) {
        String fileId = change.changeType().equals("drive") ? change.driveId() : change.itemId();
        return state.get(DriveAccess.FILES, fileId).flatMap(f -> DriveAccess.role(state, f, caller, false)).isPresent()
                && (change.changeType().equals("file") || state.get(DriveAccess.DRIVES, fileId).isPresent());
    }

    private static boolean inMyDrive(State state, String fileId, String accountId) {
        String root = FileIds.rootOf(accountId);
        Optional<DriveFile> current = state.get(DriveAccess.FILES, fileId);
        Set<String> seen = new LinkedHashSet<>();
        while (current.isPresent() && seen.add(current.get().id())) {
            if (Objects.equals(current.get().id(), root)) {
                return true;
            }
            current = current.get().parents().stream().findFirst().flatMap(p -> state.get(DriveAccess.FILES, p));
        }
        return false;
    }
}
