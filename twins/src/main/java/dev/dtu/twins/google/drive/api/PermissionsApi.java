package dev.dtu.twins.google.drive.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.auth.GoogleAccount;
import dev.dtu.twins.google.auth.GoogleAuth;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.Permission;
import dev.dtu.twins.google.drive.model.Role;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** permissions.create, list, get, update and delete; sharing needs the writer role. */
public final class PermissionsApi {
    static final String DEFAULT_FIELDS = "kind,id,type,role";
    static final String LIST_DEFAULT_FIELDS = "kind,permissions(kind,id,type,role)";

    public Response create(GoogleCall c) {
        ObjectNode body = c.body();
        Permission created = c.write(tx -> {
            DriveFile f = sharer(tx.state(), c);
            if (dev.dtu.twins.google.drive.model.AppData.holds(tx.state(), f)) {
                throw dev.dtu.twins.google.drive.model.AppData.notSupported();
            }
            Permission p = validate(body);
            placeable(tx.state(), f, p.role());
            if (p.role().equals("owner")) {
                return transferOwnership(tx, c, f, p);
            }
            List<Permission> list = new ArrayList<>(f.permissions());
            list.removeIf(x -> x.id().equals(p.id()));
            list.add(p);
            tx.put(DriveAccess.FILES, f.id(), f.withPermissions(list));
            return p;
        });
        return c.json(FileJson.permission(c.twinCall().state(), created), DEFAULT_FIELDS);
    }

    /** The file if the caller may share it: a writer may share a file, only an organizer a shared drive itself. */
    private static DriveFile sharer(dev.dtu.server.state.State state, GoogleCall c) {
        DriveFile f = DriveAccess.readable(state, c.param("fileId"), c.caller());
        return DriveAccess.requireRole(state, f.id(), c.caller(), isDrive(state, f) ? Role.ORGANIZER : Role.WRITER);
    }

    private static boolean isDrive(dev.dtu.server.state.State state, DriveFile f) {
        return f.root() && state.get(DriveAccess.DRIVES, f.id()).isPresent();
    }

    /** Organizer roles exist only in shared drives, and no shared drive item has an owner. */
    private static void placeable(dev.dtu.server.state.State state, DriveFile f, String role) {
        boolean inDrive = DriveAccess.driveOf(state, f).isPresent();
        if (!inDrive && role.equals("organizer")) {
            throw forbidden("Organizer roles are only supported for shared drive items.",
                    "organizerOnNonTeamDriveItemNotSupported");
        }
        if (!inDrive && role.equals("fileOrganizer")) {
            throw forbidden("File organizer roles are only supported for shared drive items.",
                    "fileOrganizerOnNonTeamDriveNotSupported");
        }
        if (inDrive && role.equals("owner")) {
            throw forbidden("Shared drive items cannot have an owner.", "ownerOnTeamDriveItemNotSupported");
        }
    }

    private static GoogleException forbidden(String message, String reason) {
        return new GoogleException(403, "PERMISSION_DENIED", message, reason, null, null);
    }

    /** A shared drive's member seen on one of its items may be changed only on the drive itself. */
    private static void notInherited(dev.dtu.server.state.State state, DriveFile f, String permissionId) {
        boolean own = f.permissions().stream().anyMatch(p -> p.id().equals(permissionId));
        boolean inherited = DriveAccess.driveOf(state, f).flatMap(d -> state.get(DriveAccess.FILES, d))
                .filter(top -> !top.id().equals(f.id()))
                .map(top -> top.permissions().stream().anyMatch(p -> p.id().equals(permissionId))).orElse(false);
        if (!own && inherited) {
            throw forbidden("The shared drive member's permission is inherited from the shared drive and cannot be "
                    + "changed on the item.", "cannotModifyInheritedTeamDrivePermission");
        }
    }

    private Permission transferOwnership(Tx tx, GoogleCall c, DriveFile f, Permission p) {
        if (!c.flag("transferOwnership")) {
            throw new GoogleException(403, "PERMISSION_DENIED", "The transferOwnership parameter must be enabled when "
                    + "the permission role is 'owner'.", "forbidden", "transferOwnership", "parameter");
        }
        DriveAccess.requireRole(tx.state(), f.id(), c.caller(), Role.OWNER);
        GoogleAccount newOwner = Optional.ofNullable(p.emailAddress()).filter(e -> p.type().equals("user"))
                .flatMap(e -> GoogleAuth.byEmail(tx.state(), e))
                .orElseThrow(() -> GoogleException.invalidArgument("Bad Request. User message: \"You can't change "
                        + "the owner of this item.\""));
        GoogleAccount oldOwner = tx.state().get(GoogleAuth.ACCOUNTS, f.ownerId()).orElseThrow();
        List<Permission> list = new ArrayList<>(f.permissions());
        list.removeIf(x -> x.id().equals(newOwner.permissionId()));
        list.add(new Permission(oldOwner.permissionId(), "user", "writer", oldOwner.email(), null, null));
        tx.put(DriveAccess.FILES, f.id(), f.withPermissions(list).withOwner(newOwner.id()));
        return p;
    }

    private static Permission validate(ObjectNode body) {
        String type = body.path("type").asText(null);
        String role = body.path("role").asText(null);
        if (type == null) {
            throw required("permission.type");
        }
        if (role == null) {
            throw required("permission.role");
        }
        if (Role.parse(role).isEmpty()) {
            throw GoogleException.invalidParameter("The provided value for 'role' is not valid.", "permission.role");
        }
        Boolean discovery = body.has("allowFileDiscovery") ? body.get("allowFileDiscovery").asBoolean() : null;
        return switch (type) {
            case "user", "group" -> {
                String email = body.path("emailAddress").asText("");
                if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    throw invalidSharing();
                }
                yield new Permission(GoogleAccount.numericId(email), type, role, email.toLowerCase(), null, null);
            }
            case "domain" -> {
                String domain = body.path("domain").asText("");
                if (domain.isBlank()) {
                    throw invalidSharing();
                }
                yield new Permission(GoogleAccount.numericId("domain:" + domain), type, role, null, domain,
                        discovery == null ? Boolean.TRUE : discovery);
            }
            case "anyone" -> new Permission(Boolean.TRUE.equals(discovery) ? "anyone" : "anyoneWithLink", type, role,
                    null, null, discovery == null ? Boolean.FALSE : discovery);
            default -> throw GoogleException.invalidParameter("The provided value for 'type' is not valid.",
                    "permission.type");
        };
    }

    private static GoogleException required(String field) {
        return new GoogleException(400, "INVALID_ARGUMENT", "Required parameter: " + field, "required", field,
                "parameter");
    }

    private static GoogleException invalidSharing() {
        return new GoogleException(400, "INVALID_ARGUMENT", "The specified emailAddress is invalid or not applicable "
                + "for the given permission type.", "invalidSharingRequest", null, null);
    }

    public Response list(GoogleCall c) {
        DriveFile f = viewer(c);
        ObjectNode out = Json.object().put("kind", "drive#permissionList");
        ArrayNode permissions = FileJson.permissions(c.state(), f);
        out.set("permissions", permissions);
        return c.json(out, LIST_DEFAULT_FIELDS);
    }

    public Response get(GoogleCall c) {
        DriveFile f = viewer(c);
        for (var p : FileJson.permissions(c.state(), f)) {
            if (p.get("id").asText().equals(c.param("permissionId"))) {
                return c.json(p, DEFAULT_FIELDS);
            }
        }
        throw permissionNotFound(c.param("permissionId"));
    }

    public Response update(GoogleCall c) {
        ObjectNode body = c.body();
        Permission updated = c.write(tx -> {
            DriveFile f = sharer(tx.state(), c);
            notInherited(tx.state(), f, c.param("permissionId"));
            Permission existing = find(f, c.param("permissionId"));
            String role = body.path("role").asText(existing.role());
            if (Role.parse(role).isEmpty()) {
                throw GoogleException.invalidParameter("The provided value for 'role' is not valid.", "permission.role");
            }
            placeable(tx.state(), f, role);
            if (role.equals("owner")) {
                return transferOwnership(tx, c, f, existing.withRole("owner"));
            }
            List<Permission> list = new ArrayList<>(f.permissions());
            list.replaceAll(x -> x.id().equals(existing.id()) ? x.withRole(role) : x);
            tx.put(DriveAccess.FILES, f.id(), f.withPermissions(list));
            return existing.withRole(role);
        });
        return c.json(FileJson.permission(c.twinCall().state(), updated), DEFAULT_FIELDS);
    }

    public Response delete(GoogleCall c) {
        c.write(tx -> {
            DriveFile f = sharer(tx.state(), c);
            notInherited(tx.state(), f, c.param("permissionId"));
            Permission existing = find(f, c.param("permissionId"));
            List<Permission> list = new ArrayList<>(f.permissions());
            list.remove(existing);
            return tx.put(DriveAccess.FILES, f.id(), f.withPermissions(list));
        });
        return Response.empty(204);
    }

    /** Who may read a file's permissions: a writer, or any member of the shared drive holding it (a guess: the reference names no role). */
    private static DriveFile viewer(GoogleCall c) {
        DriveFile f = DriveAccess.readable(c.state(), c.param("fileId"), c.caller());
        Role needed = DriveAccess.driveOf(c.state(), f).isPresent() ? Role.READER : Role.WRITER;
        return DriveAccess.requireRole(c.state(), f.id(), c.caller(), needed);
    }

    private static Permission find(DriveFile f, String permissionId) {
        return f.permissions().stream().filter(p -> p.id().equals(permissionId)).findFirst()
                .orElseThrow(() -> permissionNotFound(permissionId));
    }

    private static GoogleException permissionNotFound(String id) {
        return new GoogleException(404, "NOT_FOUND", "Permission not found: " + id + ".", "notFound", "permissionId",
                "parameter");
    }
}
