package dev.dtu.twins.google.drive.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.State;
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.api.PageTokens;
import dev.dtu.twins.google.api.Rfc3339;
import dev.dtu.twins.google.auth.Caller;
import dev.dtu.twins.google.auth.GoogleAccount;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.DriveQuery;
import dev.dtu.twins.google.drive.model.FileIds;
import dev.dtu.twins.google.drive.model.Permission;
import dev.dtu.twins.google.drive.model.Role;
import dev.dtu.twins.google.drive.model.SharedDrive;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drive v3 shared drives: create (idempotent by the creator's {@code requestId}), get, list, update, delete, hide and
 * unhide (developers.google.com/drive/api/reference/rest/v3/drives). Members are the drive's permissions, managed
 * through permissions.* on the drive's id; a caller who is no member does not see the drive (404).
 */
public final class DrivesApi {
    static final String DEFAULT_FIELDS = "kind,id,name";
    static final String LIST_DEFAULT_FIELDS = "kind,nextPageToken,drives(kind,id,name)";
    /** The colour Drive gives a new shared drive when the request names none (the twin's choice). */
    static final String DEFAULT_COLOR = "#4986e7";

    public Response create(GoogleCall c) {
        String requestId = c.query("requestId").filter(r -> !r.isBlank()).orElseThrow(() -> new GoogleException(400,
                "INVALID_ARGUMENT", "Required parameter: requestId", "required", "requestId", "parameter"));
        ObjectNode body = c.body();
        String name = text(body, "name");
        if (name == null || name.isBlank()) {
            throw new GoogleException(400, "INVALID_ARGUMENT", "Required parameter: name", "required", "name",
                    "parameter");
        }
        Map<String, Boolean> restrictions = restrictions(body);
        SharedDrive created = c.write(tx -> {
            boolean repeated = tx.all(DriveAccess.DRIVES).values().stream()
                    .anyMatch(d -> d.creatorId().equals(c.caller().id()) && requestId.equals(d.requestId()));
            if (repeated) {
                throw new GoogleException(409, "ALREADY_EXISTS", "A shared drive with this request ID already exists.",
                        "teamDriveAlreadyExists", "requestId", "parameter");
            }
            String id = FileIds.nextDrive(tx);
            SharedDrive drive = new SharedDrive(id, name, c.caller().id(), requestId, c.now(),
                    Optional.ofNullable(text(body, "colorRgb")).orElse(DEFAULT_COLOR), text(body, "themeId"),
                    restrictions, List.of());
            GoogleAccount me = c.caller().account();
            Permission organizer = new Permission(me.permissionId(), "user", "organizer", me.email(), null, null);
            tx.put(DriveAccess.FILES, id, new DriveFile(id, name, DriveFile.FOLDER, List.of(), id, false, false, null,
                    c.now(), c.now(), me.id(), 1, null, List.of(organizer), Map.of(), true));
            return tx.put(DriveAccess.DRIVES, id, drive);
        });
        return c.json(json(c.twinCall().state(), created, c.caller()), DEFAULT_FIELDS);
    }

    public Response get(GoogleCall c) {
        SharedDrive drive = member(c.state(), c.param("driveId"), c.caller(), Role.READER);
        return c.json(json(c.state(), drive, c.caller()), DEFAULT_FIELDS);
    }

    public Response list(GoogleCall c) {
        int pageSize = c.intQuery("pageSize").orElse(10);
        if (pageSize < 1 || pageSize > 100) {
            throw GoogleException.invalidParameter("Invalid value '" + pageSize
                    + "'. Values must be within the range: [1, 100]", "pageSize");
        }
        DriveQuery q = c.query("q").filter(s -> !s.isBlank()).map(DrivesApi::compile).orElse(null);
        State state = c.state();
        List<SharedDrive> visible = state.all(DriveAccess.DRIVES).values().stream()
                .filter(d -> roleIn(state, d.id(), c.caller()).isPresent())
                .filter(d -> q == null || matches(q, d, c.caller()))
                .sorted(Comparator.comparing(SharedDrive::createdTime).thenComparing(SharedDrive::id)).toList();
        String key = "drives|" + c.query("q").orElse("");
        int offset = c.query("pageToken").map(t -> PageTokens.offset(t, key)).orElse(0);
        int end = Math.min(visible.size(), offset + pageSize);
        ObjectNode out = Json.object().put("kind", "drive#driveList");
        if (end < visible.size()) {
            out.put("nextPageToken", PageTokens.next(end, key));
        }
        ArrayNode drives = out.putArray("drives");
        visible.subList(Math.min(offset, visible.size()), end).forEach(d -> drives.add(json(state, d, c.caller())));
        return c.json(out, LIST_DEFAULT_FIELDS);
    }

    public Response update(GoogleCall c) {
        ObjectNode body = c.body();
        String name = text(body, "name");
        if (name != null && name.isBlank()) {
            throw GoogleException.invalidParameter("Invalid Value", "name");
        }
        Map<String, Boolean> restrictions = body.has("restrictions") ? restrictions(body) : null;
        SharedDrive updated = c.write(tx -> {
            SharedDrive drive = member(tx.state(), c.param("driveId"), c.caller(), Role.ORGANIZER);
            Map<String, Boolean> merged = null;
            if (restrictions != null) {
                merged = new LinkedHashMap<>(drive.restrictions());
                merged.putAll(restrictions);
            }
            SharedDrive changed = drive.with(name, text(body, "colorRgb"), text(body, "themeId"), merged, null);
            if (name != null) {
                DriveFile top = tx.get(DriveAccess.FILES, drive.id()).orElseThrow();
                tx.put(DriveAccess.FILES, top.id(), top.withName(name).modified(c.now(), c.caller().id()));
            }
            return tx.put(DriveAccess.DRIVES, drive.id(), changed);
        });
        return c.json(json(c.twinCall().state(), updated, c.caller()), DEFAULT_FIELDS);
    }

    /** Only an empty drive can be deleted ("This resource cannot be deleted because it has children."). */
    public Response delete(GoogleCall c) {
        if (c.flag("allowItemDeletion") && !c.flag("useDomainAdminAccess")) {
            throw new GoogleException(403, "PERMISSION_DENIED", "allowItemDeletion requires useDomainAdminAccess.",
                    "forbidden", "allowItemDeletion", "parameter");
        }
        c.write(tx -> {
            SharedDrive drive = member(tx.state(), c.param("driveId"), c.caller(), Role.ORGANIZER);
            boolean children = tx.all(DriveAccess.FILES).values().stream().anyMatch(f -> f.parents().contains(drive.id()));
            if (children) {
                throw new GoogleException(403, "PERMISSION_DENIED",
                        "This resource cannot be deleted because it has children.", "cannotDeleteResourceWithChildren",
                        null, null);
            }
            tx.remove(DriveAccess.FILES, drive.id());
            tx.remove(DriveAccess.DRIVES, drive.id());
            return drive;
        });
        return Response.empty(204);
    }

    public Response hide(GoogleCall c) {
        return hidden(c, true);
    }

    public Response unhide(GoogleCall c) {
        return hidden(c, false);
    }

    private Response hidden(GoogleCall c, boolean hide) {
        SharedDrive changed = c.write(tx -> {
            SharedDrive drive = member(tx.state(), c.param("driveId"), c.caller(), Role.READER);
            List<String> hiddenFor = new ArrayList<>(drive.hiddenFor());
            hiddenFor.remove(c.caller().id());
            if (hide) {
                hiddenFor.add(c.caller().id());
            }
            return tx.put(DriveAccess.DRIVES, drive.id(), drive.with(null, null, null, null, hiddenFor));
        });
        return c.json(json(c.twinCall().state(), changed, c.caller()), DEFAULT_FIELDS);
    }

    /** The drive if the caller is a member with at least {@code needed}; 404 for others, 403 when too weak. */
    static SharedDrive member(State state, String driveId, Caller caller, Role needed) {
        SharedDrive drive = state.get(DriveAccess.DRIVES, driveId).orElse(null);
        Optional<Role> role = drive == null ? Optional.empty() : roleIn(state, driveId, caller);
        if (role.isEmpty()) {
            throw notFound(driveId);
        }
        if (!role.get().atLeast(needed)) {
            throw GoogleException.insufficientFilePermissions(driveId);
        }
        return drive;
    }

    static GoogleException notFound(String driveId) {
        return new GoogleException(404, "NOT_FOUND", "Shared drive not found: " + driveId, "notFound", "driveId",
                "parameter");
    }

    static Optional<Role> roleIn(State state, String driveId, Caller caller) {
        return state.get(DriveAccess.FILES, driveId)
                .flatMap(top -> DriveAccess.role(state, top, caller.withAllDrives(true), false));
    }

    static ObjectNode json(State state, SharedDrive d, Caller caller) {
        Role role = roleIn(state, d.id(), caller).orElse(Role.READER);
        ObjectNode o = Json.object().put("kind", "drive#drive").put("id", d.id()).put("name", d.name())
                .put("colorRgb", d.colorRgb());
        if (d.themeId() != null) {
            o.put("themeId", d.themeId());
        }
        o.put("backgroundImageLink", "https://ssl.gstatic.com/team_drive_themes/bg_" + (d.themeId() == null
                ? "default" : d.themeId()) + ".jpg");
        o.put("createdTime", Rfc3339.format(d.createdTime())).put("hidden", d.hiddenFor(caller.id()));
        ObjectNode r = o.putObject("restrictions");
        SharedDrive.RESTRICTIONS.forEach(k -> r.put(k, d.restrictions().getOrDefault(k, false)));
        boolean organizer = role.atLeast(Role.ORGANIZER);
        boolean write = role.atLeast(Role.WRITER);
        o.putObject("capabilities").put("canAddChildren", write).put("canComment", role.atLeast(Role.COMMENTER))
                .put("canCopy", true).put("canDeleteDrive", organizer).put("canDownload", true).put("canEdit", write)
                .put("canListChildren", true).put("canManageMembers", organizer).put("canReadRevisions", write)
                .put("canRename", organizer).put("canRenameDrive", organizer).put("canShare", organizer)
                .put("canChangeDriveBackground", organizer).put("canChangeCopyRequiresWriterPermissionRestriction", organizer)
                .put("canChangeDomainUsersOnlyRestriction", organizer).put("canChangeDriveMembersOnlyRestriction", organizer)
                .put("canDeleteChildren", organizer).put("canTrashChildren", role.atLeast(Role.FILE_ORGANIZER))
                .put("canResetDriveRestrictions", organizer);
        return o;
    }

    private static Map<String, Boolean> restrictions(ObjectNode body) {
        JsonNode node = body.path("restrictions");
        Map<String, Boolean> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw GoogleException.invalidParameter("Invalid value for: restrictions", "restrictions");
        }
        node.fields().forEachRemaining(e -> {
            if (!SharedDrive.RESTRICTIONS.contains(e.getKey()) || !e.getValue().isBoolean()) {
                throw GoogleException.invalidArgument("Invalid JSON payload received. Unknown name \"" + e.getKey()
                        + "\" at 'restrictions': Cannot find field.");
            }
            out.put(e.getKey(), e.getValue().asBoolean());
        });
        return out;
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static DriveQuery compile(String q) {
        try {
            DriveQuery query = DriveQuery.parse(q);
            check(query);
            return query;
        } catch (IllegalArgumentException e) {
            throw GoogleException.invalidParameter("Invalid Value", "q");
        }
    }

    /** The terms drives.list's {@code q} takes here: name, hidden and createdTime (search-shareddrives guide). */
    private static void check(DriveQuery query) {
        switch (query) {
            case DriveQuery.And a -> a.operands().forEach(DrivesApi::check);
            case DriveQuery.Or o -> o.operands().forEach(DrivesApi::check);
            case DriveQuery.Not n -> check(n.operand());
            case DriveQuery.Term t -> {
                boolean ok = switch (t.field()) {
                    case "name" -> t.value().isString() && List.of("=", "!=", "contains").contains(t.operator());
                    case "hidden" -> !t.value().isString() && List.of("=", "!=").contains(t.operator());
                    case "createdTime" -> t.value().isString()
                            && List.of("=", "!=", "<", "<=", ">", ">=").contains(t.operator());
                    default -> false;
                };
                if (!ok) {
                    throw new IllegalArgumentException("unsupported term " + t);
                }
                if (t.field().equals("createdTime")) {
                    time(t.value().text());
                }
            }
        }
    }

    private static boolean matches(DriveQuery query, SharedDrive d, Caller caller) {
        return switch (query) {
            case DriveQuery.And a -> a.operands().stream().allMatch(x -> matches(x, d, caller));
            case DriveQuery.Or o -> o.operands().stream().anyMatch(x -> matches(x, d, caller));
            case DriveQuery.Not n -> !matches(n.operand(), d, caller);
            case DriveQuery.Term t -> term(t, d, caller);
        };
    }

    private static boolean term(DriveQuery.Term t, SharedDrive d, Caller caller) {
        String op = t.operator();
        return switch (t.field()) {
            case "name" -> switch (op) {
                case "=" -> d.name().equals(t.value().text());
                case "!=" -> !d.name().equals(t.value().text());
                default -> d.name().toLowerCase().contains(t.value().text().toLowerCase());
            };
            case "hidden" -> (d.hiddenFor(caller.id()) == t.value().isTrue()) == op.equals("=");
            default -> {
                int cmp = d.createdTime().compareTo(time(t.value().text()));
                yield switch (op) {
                    case "=" -> cmp == 0;
                    case "!=" -> cmp != 0;
                    case "<" -> cmp < 0;
                    case "<=" -> cmp <= 0;
                    case ">" -> cmp > 0;
                    default -> cmp >= 0;
                };
            }
        };
    }

    private static java.time.Instant time(String text) {
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException e2) {
                throw new IllegalArgumentException("bad time " + text);
            }
        }
    }

}
