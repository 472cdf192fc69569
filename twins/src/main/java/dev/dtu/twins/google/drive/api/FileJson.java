package dev.dtu.twins.google.drive.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.State;
import dev.dtu.twins.google.api.Rfc3339;
import dev.dtu.twins.google.auth.Caller;
import dev.dtu.twins.google.auth.GoogleAccount;
import dev.dtu.twins.google.auth.GoogleAuth;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.DriveFiles;
import dev.dtu.twins.google.drive.model.Permission;
import dev.dtu.twins.google.drive.model.Role;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The Drive API File resource as a caller sees it. */
final class FileJson {
    static final String DEFAULT_FIELDS = "kind,id,name,mimeType";

    private FileJson() {}

    static ObjectNode of(State state, DriveFile f, Caller caller, DriveFiles files) {
        Role role = DriveAccess.role(state, f, caller, false).orElse(Role.READER);
        ObjectNode o = Json.object();
        o.put("kind", "drive#file").put("id", f.id()).put("name", f.name()).put("mimeType", f.mimeType());
        if (f.description() != null) {
            o.put("description", f.description());
        }
        o.put("starred", f.starred()).put("trashed", f.trashed()).put("explicitlyTrashed", f.trashed());
        ArrayNode parents = o.putArray("parents");
        f.parents().forEach(parents::add);
        o.putArray("spaces").add(dev.dtu.twins.google.drive.model.AppData.space(state, f));
        o.put("version", Long.toString(f.version()));
        o.put("webViewLink", webViewLink(f));
        o.put("iconLink", "https://drive-thirdparty.googleusercontent.com/16/type/" + f.mimeType());
        o.put("viewedByMe", true);
        o.put("createdTime", Rfc3339.format(f.createdTime())).put("modifiedTime", Rfc3339.format(f.modifiedTime()));
        java.util.Optional<String> driveId = DriveAccess.driveOf(state, f);
        if (driveId.isPresent()) { // a shared drive owns its items: Drive gives driveId and no owners
            o.put("driveId", driveId.get()).put("teamDriveId", driveId.get());
        } else {
            o.set("owners", Json.array().add(user(state, f.ownerId(), caller)));
        }
        o.set("lastModifyingUser", user(state, f.lastModifyingUserId(), caller));
        o.put("shared", !f.permissions().isEmpty()).put("ownedByMe", f.ownerId().equals(caller.id()));
        o.set("capabilities", capabilities(state, f, role));
        o.put("viewersCanCopyContent", true).put("writersCanShare", true);
        if (role.atLeast(Role.WRITER)) {
            o.set("permissions", permissions(state, f));
            ArrayNode ids = o.putArray("permissionIds");
            o.get("permissions").forEach(p -> ids.add(p.get("id").asText()));
        }
        if (!f.appProperties().isEmpty()) {
            o.set("appProperties", Json.tree(f.appProperties()));
        }
        if (!f.isGoogleType()) {
            binary(state, o, f);
        } else {
            o.put("quotaBytesUsed", "0");
            exportLinks(o, f, files);
        }
        return o;
    }

    private static void binary(State state, ObjectNode o, DriveFile f) {
        byte[] content = f.content() == null ? new byte[0] : f.content();
        o.put("size", Long.toString(content.length)).put("quotaBytesUsed", Long.toString(content.length));
        o.put("md5Checksum", md5(content)).put("originalFilename", f.name());
        int dot = f.name().lastIndexOf('.');
        if (dot > 0) {
            o.put("fileExtension", f.name().substring(dot + 1)).put("fullFileExtension", f.name().substring(dot + 1));
        }
        dev.dtu.twins.google.drive.model.Revisions.head(state, f.id())
                .ifPresent(head -> o.put("headRevisionId", head.id()));
    }

    private static void exportLinks(ObjectNode o, DriveFile f, DriveFiles files) {
        files.editor(f.mimeType()).ifPresent(e -> {
            ObjectNode links = o.putObject("exportLinks");
            e.exportFormats().forEach(m -> links.put(m, "https://docs.google.com/feeds/download/export?id=" + f.id()
                    + "&exportFormat=" + m));
        });
    }

    static String webViewLink(DriveFile f) {
        return switch (f.mimeType()) {
            case DriveFile.SPREADSHEET -> "https://docs.google.com/spreadsheets/d/" + f.id() + "/edit?usp=drivesdk";
            case DriveFile.DOCUMENT -> "https://docs.google.com/document/d/" + f.id() + "/edit?usp=drivesdk";
            case DriveFile.FOLDER -> "https://drive.google.com/drive/folders/" + f.id();
            default -> "https://drive.google.com/file/d/" + f.id() + "/view?usp=drivesdk";
        };
    }

    static ObjectNode user(State state, String accountId, Caller caller) {
        ObjectNode u = Json.object().put("kind", "drive#user");
        state.get(GoogleAuth.ACCOUNTS, accountId).ifPresent(a -> u.put("displayName", a.displayName())
                .put("me", a.id().equals(caller.id())).put("permissionId", a.permissionId())
                .put("emailAddress", a.email()));
        return u;
    }

    private static ObjectNode capabilities(State state, DriveFile f, Role role) {
        boolean write = role.atLeast(Role.WRITER);
        boolean trash = role.atLeast(DriveAccess.trashRole(state, f));
        boolean inDrive = DriveAccess.driveOf(state, f).isPresent();
        ObjectNode c = Json.object();
        if (inDrive) {
            c.put("canMoveItemWithinDrive", role.atLeast(Role.FILE_ORGANIZER))
                    .put("canMoveItemOutOfDrive", role.atLeast(Role.FILE_ORGANIZER))
                    .put("canDeleteChildren", f.isFolder() && role.atLeast(Role.ORGANIZER))
                    .put("canTrashChildren", f.isFolder() && role.atLeast(Role.FILE_ORGANIZER));
        }
        return c.put("canEdit", write).put("canComment", role.atLeast(Role.COMMENTER))
                .put("canShare", write).put("canCopy", !f.isFolder()).put("canDownload", true)
                .put("canDelete", role.atLeast(DriveAccess.deleteRole(state, f))).put("canTrash", trash)
                .put("canUntrash", trash).put("canRename", write)
                .put("canAddChildren", write && f.isFolder()).put("canListChildren", f.isFolder())
                .put("canReadRevisions", write).put("canRemoveChildren", write && f.isFolder());
    }

    /**
     * Every permission of a file, the owner's first; in a shared drive the drive's members (inherited from its top
     * folder, as {@code permissionDetails} say) and then the file's own.
     */
    static ArrayNode permissions(State state, DriveFile f) {
        ArrayNode out = Json.array();
        state.get(GoogleAuth.ACCOUNTS, f.ownerId()).ifPresent(a -> out.add(permission(state,
                new Permission(a.permissionId(), "user", "owner", a.email(), null, null))));
        java.util.Optional<String> driveId = DriveAccess.driveOf(state, f);
        if (driveId.isPresent() && !f.id().equals(driveId.get())) {
            state.get(DriveAccess.FILES, driveId.get()).ifPresent(top -> top.permissions().forEach(p ->
                    out.add(detailed(permission(state, p), "member", p.role(), driveId.get()))));
        }
        f.permissions().forEach(p -> {
            ObjectNode o = permission(state, p);
            out.add(driveId.isEmpty() ? o : detailed(o, f.id().equals(driveId.get()) ? "member" : "file", p.role(), null));
        });
        return out;
    }

    private static ObjectNode detailed(ObjectNode permission, String type, String role, String inheritedFrom) {
        ObjectNode d = permission.putArray("permissionDetails").addObject().put("permissionType", type)
                .put("role", role).put("inherited", inheritedFrom != null);
        if (inheritedFrom != null) {
            d.put("inheritedFrom", inheritedFrom);
        }
        return permission;
    }

    static ObjectNode permission(State state, Permission p) {
        ObjectNode o = Json.object().put("kind", "drive#permission").put("id", p.id()).put("type", p.type())
                .put("role", p.role());
        if (p.emailAddress() != null) {
            o.put("emailAddress", p.emailAddress());
            GoogleAuth.byEmail(state, p.emailAddress()).map(GoogleAccount::displayName)
                    .ifPresent(n -> o.put("displayName", n));
        }
        if (p.domain() != null) {
            o.put("domain", p.domain()).put("displayName", p.domain());
        }
        if (p.allowFileDiscovery() != null) {
            o.put("allowFileDiscovery", p.allowFileDiscovery());
        }
        o.put("deleted", false).put("pendingOwner", false);
        return o;
    }

    static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
