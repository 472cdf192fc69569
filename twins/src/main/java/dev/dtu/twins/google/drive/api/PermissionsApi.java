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
            DriveFile f = DriveAccess.requireRole(tx.state(), c.param("fileId"), c.caller(), Role.WRITER);
            Permission p = validate(body);
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
        DriveFile f = DriveAccess.requireRole(c.state(), c.param("fileId"), c.caller(), Role.WRITER);
        ObjectNode out = Json.object().put("kind", "drive#permissionList");
        ArrayNode permissions = FileJson.permissions(c.state(), f);
        out.set("permissions", permissions);
        return c.json(out, LIST_DEFAULT_FIELDS);
    }

    public Response get(GoogleCall c) {
        DriveFile f = DriveAccess.requireRole(c.state(), c.param("fileId"), c.caller(), Role.WRITER);
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
            DriveFile f = DriveAccess.requireRole(tx.state(), c.param("fileId"), c.caller(), Role.WRITER);
            Permission existing = find(f, c.param("permissionId"));
            String role = body.path("role").asText(existing.role());
            if (Role.parse(role).isEmpty()) {
                throw GoogleException.invalidParameter("The provided value for 'role' is not valid.", "permission.role");
            }
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
            DriveFile f = DriveAccess.requireRole(tx.state(), c.param("fileId"), c.caller(), Role.WRITER);
            Permission existing = find(f, c.param("permissionId"));
            List<Permission> list = new ArrayList<>(f.permissions());
            list.remove(existing);
            return tx.put(DriveAccess.FILES, f.id(), f.withPermissions(list));
        });
        return Response.empty(204);
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
