package dev.dtu.twins.google.drive.model;

import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.google.auth.Caller;
import dev.dtu.twins.google.errors.GoogleException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Drive's rules for files: creating, moving, trashing, copying and deleting, with the caller's rights checked. */
public final class DriveFiles {
    private final Map<String, EditorContent> editors;

    public DriveFiles(Map<String, EditorContent> editors) {
        this.editors = editors;
    }

    public Optional<EditorContent> editor(String mimeType) {
        return Optional.ofNullable(editors.get(mimeType));
    }

    /** A new file owned by the caller; parents default to the caller's My Drive and must be writable folders. */
    public DriveFile create(Tx tx, Caller caller, String id, String name, String mimeType, List<String> parents,
                            byte[] content, String description, Map<String, String> appProperties, Instant now) {
        if (parents != null && parents.stream().anyMatch(p -> DriveAccess.resolveId(p, caller)
                .equals(AppData.folderOf(caller.id())))) {
            if (!caller.seesAppData()) {
                throw new GoogleException(403, "PERMISSION_DENIED", "The granted scopes do not allow use of the "
                        + "Application Data folder.", "insufficientScopes", null, null);
            }
            AppData.ensureFolder(tx, caller, now);
        }
        List<String> resolved = parents(tx.state(), caller, parents);
        String owner = ownerIn(tx.state(), resolved, caller);
        DriveFile file = new DriveFile(id, name == null ? "Untitled" : name, mimeType, resolved, owner, false,
                false, description, now, now, caller.id(), 1, content, List.of(), appProperties, false);
        return tx.put(DriveAccess.FILES, id, file);
    }

    public List<String> parents(State state, Caller caller, List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return List.of(FileIds.rootOf(caller.id()));
        }
        List<String> out = new ArrayList<>();
        for (String parentId : requested) {
            DriveFile parent = DriveAccess.requireRole(state, parentId, caller, Role.WRITER);
            if (!parent.isFolder()) {
                throw GoogleException.invalidParameter(
                        "The specified parent is not a folder.", "parents");
            }
            out.add(parent.id());
        }
        if (out.stream().map(id -> AppData.holds(state, state.get(DriveAccess.FILES, id).orElseThrow())).distinct()
                .count() > 1) {
            throw AppData.notSupported(); // one item cannot lie in two spaces
        }
        if (out.size() > 1 && out.stream().anyMatch(id -> inSharedDrive(state, id))) {
            throw new GoogleException(403, "PERMISSION_DENIED", "A shared drive item must have exactly one parent.",
                    "teamDrivesParentLimit", null, null);
        }
        return out;
    }

    private static boolean inSharedDrive(State state, String fileId) {
        return state.get(DriveAccess.FILES, fileId).flatMap(f -> DriveAccess.driveOf(state, f)).isPresent();
    }

    /** Items of a shared drive are owned by the drive (Drive names no owner); others by their creator. */
    private static String ownerIn(State state, List<String> parents, Caller caller) {
        return parents.stream().flatMap(p -> state.get(DriveAccess.FILES, p).stream())
                .flatMap(p -> DriveAccess.driveOf(state, p).stream()).findFirst().orElse(caller.id());
    }

    /**
     * Moves a file (and what a folder holds) between My Drive and a shared drive or between shared drives, as
     * Drive allows it: out of a shared drive a content manager may move, into one the file's owner (a folder only
     * an organizer of the target drive); the moved items take their new drive as owner, or the mover.
     */
    private void changeDrive(Tx tx, Caller caller, DriveFile file, List<String> newParents) {
        State state = tx.state();
        Optional<String> from = DriveAccess.driveOf(state, file);
        String owner = ownerIn(state, newParents, caller);
        Optional<String> to = owner.equals(caller.id()) ? Optional.empty() : Optional.of(owner);
        if (from.equals(to)) {
            return;
        }
        if (file.trashed() && to.isPresent()) {
            throw new GoogleException(403, "PERMISSION_DENIED", "A trashed item cannot be moved into a shared drive.",
                    "cannotMoveTrashedItemIntoTeamDrive", null, null);
        }
        if (from.isPresent()) {
            DriveAccess.requireRole(state, file.id(), caller, Role.FILE_ORGANIZER);
        } else if (!file.ownerId().equals(caller.id())) {
            throw GoogleException.insufficientFilePermissions(file.id());
        }
        if (to.isPresent() && file.isFolder()) {
            Role role = DriveAccess.role(state, state.get(DriveAccess.FILES, to.get()).orElseThrow(), caller, false)
                    .orElse(Role.READER);
            if (!role.atLeast(Role.ORGANIZER)) {
                throw new GoogleException(403, "PERMISSION_DENIED", "Moving folders into shared drives requires the "
                        + "organizer role on the shared drive.", "teamDrivesFolderMoveInNotSupported", null, null);
            }
        }
        reown(tx, file, owner);
    }

    private void reown(Tx tx, DriveFile file, String owner) {
        if (!file.ownerId().equals(owner)) {
            tx.put(DriveAccess.FILES, file.id(), tx.get(DriveAccess.FILES, file.id()).orElse(file).withOwner(owner));
        }
        for (DriveFile child : children(tx.state(), file.id())) {
            reown(tx, child, owner);
        }
    }

    /** Moves a file: adds then removes parents, as files.update's addParents/removeParents do. */
    public DriveFile move(Tx tx, Caller caller, DriveFile file, List<String> add, List<String> remove) {
        Set<String> parents = new LinkedHashSet<>(file.parents());
        for (String id : remove) {
            parents.remove(DriveAccess.resolveId(id, caller));
        }
        if (!add.isEmpty()) {
            List<String> added = parents(tx.state(), caller, add);
            for (String id : added) {
                if (id.equals(file.id()) || isAncestor(tx.state(), file.id(), id)) {
                    throw GoogleException.invalidParameter("A folder cannot be placed inside itself.", "addParents");
                }
            }
            parents.addAll(added);
        }
        if (!add.isEmpty() || !remove.isEmpty()) {
            List<String> moved = List.copyOf(parents);
            boolean appData = AppData.holds(tx.state(), file);
            if (moved.stream().anyMatch(id -> tx.get(DriveAccess.FILES, id)
                    .map(p -> AppData.holds(tx.state(), p) != appData).orElse(false))) {
                throw AppData.notSupported();
            }
            if (moved.size() > 1 && moved.stream().anyMatch(id -> inSharedDrive(tx.state(), id))) {
                throw new GoogleException(403, "PERMISSION_DENIED", "A shared drive item must have exactly one parent.",
                        "teamDrivesParentLimit", null, null);
            }
            if (!moved.isEmpty()) {
                changeDrive(tx, caller, file, moved);
            }
            DriveFile current = tx.get(DriveAccess.FILES, file.id()).orElse(file);
            return file.withOwner(current.ownerId()).withParents(moved);
        }
        return file.withParents(List.copyOf(parents));
    }

    private static boolean isAncestor(State state, String ancestorId, String fileId) {
        Optional<DriveFile> current = state.get(DriveAccess.FILES, fileId);
        Set<String> seen = new LinkedHashSet<>();
        while (current.isPresent() && seen.add(current.get().id())) {
            if (current.get().parents().contains(ancestorId)) {
                return true;
            }
            current = current.get().parents().stream().findFirst().flatMap(p -> state.get(DriveAccess.FILES, p));
        }
        return false;
    }

    /** Deletes a file for good; a folder takes its descendants with it. */
    public void delete(Tx tx, DriveFile file) {
        for (DriveFile child : children(tx.state(), file.id())) {
            delete(tx, child);
        }
        tx.remove(DriveAccess.FILES, file.id());
        tx.remove(FileLabels.LABELS, file.id());
        Revisions.deleteAll(tx, file.id());
        editor(file.mimeType()).ifPresent(e -> e.delete(tx, file.id()));
    }

    public List<DriveFile> children(State state, String folderId) {
        return state.all(DriveAccess.FILES).values().stream().filter(f -> f.parents().contains(folderId)).toList();
    }

    public DriveFile copy(Tx tx, Caller caller, DriveFile source, String newId, String name, List<String> parents,
                          Instant now) {
        if (source.isFolder()) {
            throw new GoogleException(403, "PERMISSION_DENIED", "This file cannot be copied by the user.",
                    "cannotCopyFile", null, null);
        }
        String title = name != null ? name : "Copy of " + source.name();
        List<String> target = parents != null && !parents.isEmpty() ? parents : AppData.holds(tx.state(), source)
                ? source.parents() : List.of(FileIds.rootOf(caller.id()));
        DriveFile copy = create(tx, caller, newId, title, source.mimeType(), target, source.content(),
                source.description(), source.appProperties(), now);
        editor(source.mimeType()).ifPresent(e -> e.copy(tx, source.id(), newId, title));
        return copy;
    }

    public String fullText(State state, DriveFile file) {
        String body = editor(file.mimeType()).map(e -> e.fullText(state, file.id()))
                .orElseGet(() -> file.content() == null || !file.mimeType().startsWith("text/") ? ""
                        : new String(file.content(), java.nio.charset.StandardCharsets.UTF_8));
        return file.name() + "\n" + (file.description() == null ? "" : file.description()) + "\n" + body;
    }
}
