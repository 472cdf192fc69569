package dev.dtu.twins.google.drive.model;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.twins.google.auth.Caller;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with a file: the strongest role among the file's own permissions that match the caller
 * and those inherited from its folders. Files a caller cannot see do not exist for them (404), as in Drive.
 */
public final class DriveAccess {
    public static final Kind<DriveFile> FILES = Kind.of("google", "files", DriveFile.class);
    public static final Kind<SharedDrive> DRIVES = Kind.of("google", "drives", SharedDrive.class);
    public static final String ROOT_ALIAS = "root";

    private DriveAccess() {}

    /** The caller's role; {@code discoverable} leaves out link-only sharing, as files.list does. */
    public static Optional<Role> role(State state, DriveFile file, Caller caller, boolean discoverable) {
        if (!caller.allDrives() && driveOf(state, file).isPresent()) {
            return Optional.empty(); // without supportsAllDrives a shared drive's items do not exist (404)
        }
        if (AppData.holds(state, file) ? !caller.seesAppData() : caller.appDataOnly()) {
            return Optional.empty(); // each space needs its scope: drive.appdata alone sees only the app's folder
        }
        return role(state, file, caller, discoverable, new HashSet<>());
    }

    /** The shared drive holding a file (its top folder is the drive's), if any. */
    public static Optional<String> driveOf(State state, DriveFile file) {
        DriveFile current = file;
        Set<String> seen = new HashSet<>();
        while (!current.root() && !current.parents().isEmpty() && seen.add(current.id())) {
            Optional<DriveFile> parent = state.get(FILES, current.parents().get(0));
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            current = parent.get();
        }
        String top = current.id();
        return current.root() && state.get(DRIVES, top).isPresent() ? Optional.of(top) : Optional.empty();
    }

    /** The role that may trash or untrash a file: its owner's, or in a shared drive a content manager's. */
    public static Role trashRole(State state, DriveFile file) {
        return driveOf(state, file).isPresent() ? Role.FILE_ORGANIZER : Role.OWNER;
    }

    /** The role that may delete a file for good: its owner's, or in a shared drive a manager's. */
    public static Role deleteRole(State state, DriveFile file) {
        return driveOf(state, file).isPresent() ? Role.ORGANIZER : Role.OWNER;
    }

    private static Optional<Role> role(State state, DriveFile file, Caller caller, boolean discoverable, Set<String> seen) {
        if (!seen.add(file.id())) {
            return Optional.empty();
        }
        Role best = file.ownerId().equals(caller.id()) ? Role.OWNER : null;
        for (Permission p : file.permissions()) {
            if (matches(p, caller, discoverable)) {
                best = stronger(best, Role.parse(p.role()).orElse(null));
            }
        }
        for (String parentId : file.parents()) {
            Optional<DriveFile> parent = state.get(FILES, parentId);
            if (parent.isPresent()) {
                best = stronger(best, role(state, parent.get(), caller, discoverable, seen).orElse(null));
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean matches(Permission p, Caller caller, boolean discoverable) {
        return switch (p.type()) {
            case "user", "group" -> caller.email().equalsIgnoreCase(p.emailAddress());
            case "domain" -> caller.email().toLowerCase().endsWith("@" + p.domain().toLowerCase())
                    && (!discoverable || !Boolean.FALSE.equals(p.allowFileDiscovery()));
            case "anyone" -> !discoverable || Boolean.TRUE.equals(p.allowFileDiscovery());
            default -> false;
        };
    }

    private static Role stronger(Role a, Role b) {
        if (a == null) {
            return b;
        }
        return b == null || a.atLeast(b) ? a : b;
    }

    public static String resolveId(String fileId, Caller caller) {
        if (AppData.ALIAS.equals(fileId)) {
            return AppData.folderOf(caller.id());
        }
        return ROOT_ALIAS.equals(fileId) ? FileIds.rootOf(caller.id()) : fileId;
    }

    /** The file if the caller can see it; Drive's 404 otherwise. */
    public static DriveFile readable(State state, String fileId, Caller caller) {
        String id = resolveId(fileId, caller);
        return state.get(FILES, id)
                .filter(f -> role(state, f, caller, false).isPresent())
                .orElseThrow(() -> GoogleException.fileNotFound(fileId));
    }

    /** The file if the caller holds at least {@code needed}; 404 when invisible, 403 when too weak. */
    public static DriveFile requireRole(State state, String fileId, Caller caller, Role needed) {
        DriveFile file = readable(state, fileId, caller);
        Role role = role(state, file, caller, false).orElseThrow();
        if (!role.atLeast(needed)) {
            throw GoogleException.insufficientFilePermissions(file.id());
        }
        return file;
    }
}
