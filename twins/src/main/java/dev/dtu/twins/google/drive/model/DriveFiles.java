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
        List<String> resolved = parents(tx.state(), caller, parents);
        DriveFile file = new DriveFile(id, name == null ? "Untitled" : name, mimeType, resolved, caller.id(), false,
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
        return out;
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
        List<String> target = parents == null || parents.isEmpty() ? List.of(FileIds.rootOf(caller.id())) : parents;
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
