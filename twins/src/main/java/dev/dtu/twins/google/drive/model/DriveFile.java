package dev.dtu.twins.google.drive.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Drive API File as stored. Spreadsheets and documents are files too (their content lives with the
 * Sheets and Docs twins under the same id); {@code content} holds the bytes of binary files only.
 *
 * @param ownerId the owning account's id
 * @param root true for an account's "My Drive" folder, which files.list never returns
 */
public record DriveFile(String id, String name, String mimeType, List<String> parents, String ownerId,
                        boolean trashed, boolean starred, String description, Instant createdTime,
                        Instant modifiedTime, String lastModifyingUserId, long version, byte[] content,
                        List<Permission> permissions, Map<String, String> appProperties, boolean root) {

    public static final String FOLDER = "application/vnd.google-apps.folder";
    public static final String SPREADSHEET = "application/vnd.google-apps.spreadsheet";
    public static final String DOCUMENT = "application/vnd.google-apps.document";

    public DriveFile {
        parents = parents == null ? List.of() : List.copyOf(parents);
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
        appProperties = appProperties == null ? Map.of() : Map.copyOf(appProperties);
    }

    public boolean isFolder() {
        return FOLDER.equals(mimeType);
    }

    /** Docs Editors files (Google Docs, Sheets, folders...) have no bytes to download, only exports. */
    public boolean isGoogleType() {
        return mimeType.startsWith("application/vnd.google-apps.");
    }

    public DriveFile withName(String newName) {
        return new DriveFile(id, newName, mimeType, parents, ownerId, trashed, starred, description, createdTime,
                modifiedTime, lastModifyingUserId, version, content, permissions, appProperties, root);
    }

    public DriveFile withParents(List<String> newParents) {
        return new DriveFile(id, name, mimeType, newParents, ownerId, trashed, starred, description, createdTime,
                modifiedTime, lastModifyingUserId, version, content, permissions, appProperties, root);
    }

    public DriveFile withPermissions(List<Permission> newPermissions) {
        return new DriveFile(id, name, mimeType, parents, ownerId, trashed, starred, description, createdTime,
                modifiedTime, lastModifyingUserId, version + 1, content, newPermissions, appProperties, root);
    }

    public DriveFile withOwner(String newOwnerId) {
        return new DriveFile(id, name, mimeType, parents, newOwnerId, trashed, starred, description, createdTime,
                modifiedTime, lastModifyingUserId, version, content, permissions, appProperties, root);
    }

    /** A changed file: new modification time, modifier and version. */
    public DriveFile modified(Instant at, String byAccountId) {
        return new DriveFile(id, name, mimeType, parents, ownerId, trashed, starred, description, createdTime,
                at, byAccountId, version + 1, content, permissions, appProperties, root);
    }

    /** The same file with a client-set modification time (files.create and files.update take one). */
    public DriveFile withModifiedTime(Instant at) {
        return new DriveFile(id, name, mimeType, parents, ownerId, trashed, starred, description, createdTime,
                at, lastModifyingUserId, version, content, permissions, appProperties, root);
    }

    public DriveFile with(String newName, String newMimeType, Boolean newTrashed, Boolean newStarred,
                          String newDescription, byte[] newContent, Map<String, String> newAppProperties) {
        return new DriveFile(id, or(newName, name), or(newMimeType, mimeType), parents, ownerId,
                or(newTrashed, trashed), or(newStarred, starred), or(newDescription, description), createdTime,
                modifiedTime, lastModifyingUserId, version, or(newContent, content), permissions,
                or(newAppProperties, appProperties), root);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    public long size() {
        return content == null ? 0 : content.length;
    }
}
