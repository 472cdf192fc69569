package dev.dtu.twins.google.drive.model;

import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.google.auth.Caller;
import dev.dtu.twins.google.errors.GoogleException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The application data folder (developers.google.com/drive/api/guides/appdata): a hidden folder of each user,
 * created the first time a file is created in it ({@code parents: ["appDataFolder"]}), seen only with the
 * {@code drive.appdata} scope and listed only with {@code spaces=appDataFolder}. Its items cannot be shared,
 * trashed or moved to another space. Google keeps one such folder per user and app; the twin has one per user.
 */
public final class AppData {
    public static final String ALIAS = "appDataFolder";
    public static final String SPACE = "appDataFolder";
    public static final String DRIVE_SPACE = "drive";
    /** The folder's name as files.get of {@code appDataFolder} shows it (the twin's choice; the docs give none). */
    static final String FOLDER_NAME = "Application Data";

    private AppData() {}

    /** The caller's application data folder id (the shape of a root folder's id). */
    public static String folderOf(String accountId) {
        return "0A" + FileIds.derive("appdata:" + accountId, 17) + "Uk9PVA";
    }

    /** The folder, made when a file is first created in it. */
    public static void ensureFolder(Tx tx, Caller caller, Instant now) {
        String id = folderOf(caller.id());
        if (tx.get(DriveAccess.FILES, id).isEmpty()) {
            tx.put(DriveAccess.FILES, id, new DriveFile(id, FOLDER_NAME, DriveFile.FOLDER, List.of(), caller.id(),
                    false, false, null, now, now, caller.id(), 1, null, List.of(), null, true));
        }
    }

    /** Whether the file is the application data folder or lies in one. */
    public static boolean holds(State state, DriveFile file) {
        DriveFile current = file;
        Set<String> seen = new HashSet<>();
        while (!current.root() && !current.parents().isEmpty() && seen.add(current.id())) {
            Optional<DriveFile> parent = state.get(DriveAccess.FILES, current.parents().get(0));
            if (parent.isEmpty()) {
                return false;
            }
            current = parent.get();
        }
        return current.root() && current.id().equals(folderOf(current.ownerId()));
    }

    public static String space(State state, DriveFile file) {
        return holds(state, file) ? SPACE : DRIVE_SPACE;
    }

    /** Sharing an item of the folder, or moving one between spaces. */
    public static GoogleException notSupported() {
        return new GoogleException(403, "PERMISSION_DENIED", "Method not supported for files within the "
                + "Application Data folder.", "notSupportedForAppDataFolderFiles", null, null);
    }

    /** Trashing an item of the folder (the message is the guide's, "Constraints of the application data folder"). */
    public static GoogleException cannotTrash() {
        return new GoogleException(403, "PERMISSION_DENIED", "Files within the Application Data folder cannot be "
                + "trashed.", "notSupportedForAppDataFolderFiles", null, null);
    }
}
