package dev.dtu.twins.google.drive.model;

import dev.dtu.server.state.EntityKey;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.google.errors.GoogleException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Drive's revisions, written once for every Google write: a write that changed a file's content (a binary file's
 * bytes, or a spreadsheet's or document's content) adds a head revision in the same transaction. Purging follows
 * developers.google.com/drive/api/guides/manage-revisions: the head and "Keep Forever" revisions stay; any other
 * is purged 30 days after newer content came, or sooner once a file has 100 of them and a new one arrives.
 */
public final class Revisions {
    public static final Kind<DriveRevision> REVISIONS = Kind.of("google", "revisions", DriveRevision.class);
    public static final int MAX_PURGEABLE = 100;
    public static final int MAX_KEPT_FOREVER = 200;
    public static final Duration PURGE_AFTER = Duration.ofDays(30);

    private Revisions() {}

    /**
     * Adds a head revision to every file whose content this write changed since {@code before}.
     *
     * @param contentKinds the kinds holding Docs Editors files' content under the file's id
     * @param keepForever the write asked keepRevisionForever (binary files only)
     */
    public static void record(Tx tx, State before, Instant now, String byAccountId, Set<String> contentKinds,
                              boolean keepForever) {
        Set<String> changed = new LinkedHashSet<>();
        for (EntityKey key : List.copyOf(tx.dirty())) {
            if (key.kind().equals(DriveAccess.FILES.key())) {
                Optional<DriveFile> now1 = tx.get(DriveAccess.FILES, key.id());
                if (now1.isPresent() && !now1.get().isGoogleType() && contentChanged(before, now1.get())) {
                    changed.add(key.id());
                }
            } else if (contentKinds.contains(key.kind())) {
                changed.add(key.id());
            }
        }
        for (EntityKey key : tx.dirty()) { // a write on the revisions themselves (revisions.delete) makes none
            if (key.kind().equals(REVISIONS.key())) {
                changed.remove(key.id().substring(0, key.id().indexOf('/')));
            }
        }
        for (String fileId : changed) {
            tx.get(DriveAccess.FILES, fileId).filter(f -> !f.isFolder())
                    .ifPresent(f -> add(tx, f, now, byAccountId, keepForever && !f.isGoogleType()));
        }
    }

    private static boolean contentChanged(State before, DriveFile now) {
        return before.get(DriveAccess.FILES, now.id()).map(old -> !Arrays.equals(old.content(), now.content()))
                .orElse(true);
    }

    /** A new head revision of the file as it is now (files seeded into a universe start with one). */
    public static void add(Tx tx, DriveFile f, Instant now, String byAccountId, boolean keepForever) {
        if (keepForever && of(tx.state(), f.id()).stream().filter(DriveRevision::keepForever).count() >= MAX_KEPT_FOREVER) {
            throw keptForeverLimit();
        }
        long seq = tx.next("google.revision");
        String id = FileIds.revision(seq);
        byte[] content = f.isGoogleType() ? null : f.content() == null ? new byte[0] : f.content();
        DriveRevision head = new DriveRevision(DriveRevision.key(f.id(), seq), f.id(), id, f.mimeType(), now,
                byAccountId, f.isGoogleType() ? null : f.name(), content, keepForever, false, false, false);
        tx.put(REVISIONS, head.key(), head);
        purge(tx, f.id(), now);
    }

    /** Drops what Drive would have purged by now: old purgeable revisions, and the oldest past 100 of them. */
    private static void purge(Tx tx, String fileId, Instant now) {
        List<DriveRevision> all = of(tx.state(), fileId);
        List<DriveRevision> purgeable = new ArrayList<>();
        for (int i = 0; i < all.size() - 1; i++) {
            DriveRevision r = all.get(i);
            if (r.keepForever()) {
                continue;
            }
            if (!now.isBefore(all.get(i + 1).modifiedTime().plus(PURGE_AFTER))) {
                tx.remove(REVISIONS, r.key());
            } else {
                purgeable.add(r);
            }
        }
        for (int i = 0; i < purgeable.size() - (MAX_PURGEABLE - 1); i++) {
            tx.remove(REVISIONS, purgeable.get(i).key());
        }
    }

    /** At most 200 revisions of a file are kept forever (a guess at the answer: the docs give no error). */
    public static GoogleException keptForeverLimit() {
        return new GoogleException(403, "PERMISSION_DENIED", "The file has the most revisions that can be kept forever ("
                + MAX_KEPT_FOREVER + "). Delete pinned revisions to keep others.", "limitExceeded", null, null);
    }

    /** A file's revisions as stored, oldest first; the last is the head. */
    public static List<DriveRevision> of(State state, String fileId) {
        return List.copyOf(state.all(REVISIONS).subMap(fileId + "/", fileId + "0").values());
    }

    /**
     * A file's revisions as Drive shows them at {@code now}: stored ones, less those purged since the last write
     * (a non-head revision not kept forever, 30 days after the next one).
     */
    public static List<DriveRevision> visible(State state, String fileId, Instant now) {
        List<DriveRevision> all = of(state, fileId);
        List<DriveRevision> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            DriveRevision r = all.get(i);
            if (i == all.size() - 1 || r.keepForever() || now.isBefore(all.get(i + 1).modifiedTime().plus(PURGE_AFTER))) {
                out.add(r);
            }
        }
        return out;
    }

    public static Optional<DriveRevision> head(State state, String fileId) {
        var last = state.all(REVISIONS).subMap(fileId + "/", fileId + "0");
        return last.isEmpty() ? Optional.empty() : Optional.of(last.lastEntry().getValue());
    }

    /** A file's revisions go with it. */
    public static void deleteAll(Tx tx, String fileId) {
        for (String key : List.copyOf(tx.state().all(REVISIONS).subMap(fileId + "/", fileId + "0").keySet())) {
            tx.remove(REVISIONS, key);
        }
    }
}
