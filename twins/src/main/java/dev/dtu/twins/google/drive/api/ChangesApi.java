package dev.dtu.twins.google.drive.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.State;
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.auth.Caller;
import dev.dtu.twins.google.drive.changes.ChangeFeed;
import dev.dtu.twins.google.drive.changes.ChangeFilter;
import dev.dtu.twins.google.drive.changes.DriveChange;
import dev.dtu.twins.google.drive.changes.Notifications;
import dev.dtu.twins.google.drive.changes.WatchChannel;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.DriveFiles;
import dev.dtu.twins.google.drive.model.Role;
import dev.dtu.twins.google.errors.GoogleException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * changes.getStartPageToken, changes.list and changes.watch, files.watch and channels.stop
 * (developers.google.com/drive/api/guides/manage-changes and guides/push). Page tokens are the sequence numbers of
 * the feed; a caller lists only the changes to items they could see before or after.
 */
public final class ChangesApi {
    static final String LIST_DEFAULT_FIELDS = "kind,nextPageToken,newStartPageToken,changes(kind,changeType,time,"
            + "removed,fileId,driveId,file(kind,id,name,mimeType),drive(kind,id,name))";
    /** Drive's longest channel lives: a day for a file, a week for changes; an hour when none is asked (a guess). */
    static final Duration FILE_MAX = Duration.ofDays(1);
    static final Duration CHANGES_MAX = Duration.ofDays(7);
    static final Duration DEFAULT_TTL = Duration.ofHours(1);
    private final DriveFiles files;

    public ChangesApi(DriveFiles files) {
        this.files = files;
    }

    public Response startPageToken(GoogleCall c) {
        driveFilter(c);
        ObjectNode out = Json.object().put("kind", "drive#startPageToken")
                .put("startPageToken", Long.toString(ChangeFeed.nextToken(c.state())));
        return c.json(out, null);
    }

    public Response list(GoogleCall c) {
        String token = c.query("pageToken").orElseThrow(() -> new GoogleException(400, "INVALID_ARGUMENT",
                "Required parameter: pageToken", "required", "pageToken", "parameter"));
        State state = c.state();
        long from = token(token, state);
        int pageSize = c.intQuery("pageSize").orElse(100);
        if (pageSize < 1 || pageSize > 1000) {
            throw GoogleException.invalidParameter("Invalid value '" + pageSize
                    + "'. Values must be within the range: [1, 1000]", "pageSize");
        }
        ChangeFilter filter = filter(c);
        Spaces spaces = Spaces.of(c);
        Caller caller = c.caller().withAllDrives(true);
        ObjectNode out = Json.object().put("kind", "drive#changeList");
        ArrayNode list = Json.array();
        long next = ChangeFeed.nextToken(state);
        // The feed holds one entry per item for each account (ChangeFeed.add): an item is listed once, as it is now.
        for (DriveChange change : state.all(ChangeFeed.CHANGES).tailMap(DriveChange.key(from)).values()) {
            if (list.size() == pageSize) {
                next = change.seq();
                out.put("nextPageToken", Long.toString(next));
                break;
            }
            boolean inSpaces = change.changeType().equals("drive") || state.get(DriveAccess.FILES, change.itemId())
                    .map(f -> spaces.holds(state, f)).orElse(true);
            ChangeFeed.seenAsRemoved(state, change, caller.id(), filter).filter(r -> inSpaces)
                    .ifPresent(removed -> list.add(json(state, change, removed, caller)));
        }
        if (!out.has("nextPageToken")) {
            out.put("newStartPageToken", Long.toString(next));
        }
        out.set("changes", list);
        return c.json(out, LIST_DEFAULT_FIELDS);
    }

    private ObjectNode json(State state, DriveChange change, boolean removed, Caller caller) {
        ObjectNode o = Json.object().put("kind", "drive#change").put("changeType", change.changeType())
                .put("time", dev.dtu.twins.google.api.Rfc3339.format(change.time())).put("removed", removed);
        if (change.changeType().equals("drive")) {
            o.put("driveId", change.itemId());
            if (!removed) {
                state.get(DriveAccess.DRIVES, change.itemId())
                        .ifPresent(d -> o.set("drive", DrivesApi.json(state, d, caller)));
            }
            return o;
        }
        o.put("fileId", change.itemId());
        if (change.driveId() != null) {
            o.put("driveId", change.driveId());
        }
        if (!removed) {
            state.get(DriveAccess.FILES, change.itemId()).ifPresent(f -> o.set("file", FileJson.of(state, f, caller, files)));
        }
        return o;
    }

    public Response watchChanges(GoogleCall c) {
        String token = c.query("pageToken").orElseThrow(() -> new GoogleException(400, "INVALID_ARGUMENT",
                "Required parameter: pageToken", "required", "pageToken", "parameter"));
        token(token, c.state());
        ChangeFilter filter = filter(c);
        String resourceUri = c.request().baseUrl() + "/drive/v3/changes?alt=json&pageToken=" + token;
        return open(c, null, filter, "changes:" + c.caller().id() + ":" + filter, resourceUri, CHANGES_MAX);
    }

    public Response watchFile(GoogleCall c) {
        DriveFile f = DriveAccess.readable(c.state(), c.param("fileId"), c.caller());
        String resourceUri = c.request().baseUrl() + "/drive/v3/files/" + f.id() + "?alt=json";
        return open(c, f.id(), null, "file:" + f.id(), resourceUri, FILE_MAX);
    }

    /** channels.stop: the channel with this id and resource id stops; 404 when there is none. */
    public Response stop(GoogleCall c) {
        ObjectNode body = c.body();
        String id = text(body, "id");
        String resourceId = text(body, "resourceId");
        c.write(tx -> {
            WatchChannel channel = Optional.ofNullable(id).flatMap(x -> tx.get(ChangeFeed.CHANNELS, x))
                    .filter(ch -> ch.resourceId().equals(resourceId) && ch.accountId().equals(c.caller().id()))
                    .orElseThrow(() -> new GoogleException(404, "NOT_FOUND", "Channel '" + id + "' not found for project.",
                            "notFound", null, null));
            tx.remove(ChangeFeed.CHANNELS, channel.id());
            return channel;
        });
        return Response.empty(204);
    }

    private Response open(GoogleCall c, String fileId, ChangeFilter filter, String resource, String resourceUri,
                          Duration max) {
        ObjectNode body = c.body();
        String id = text(body, "id");
        String address = text(body, "address");
        String type = text(body, "type");
        if (id == null || id.isBlank()) {
            throw required("id");
        }
        if (address == null || address.isBlank()) {
            throw required("address");
        }
        if (type == null || !(type.equals("web_hook") || type.equals("webhook"))) {
            throw GoogleException.invalidParameter("Invalid value for type: " + type, "type");
        }
        if (!address.startsWith("https://") && !address.startsWith("http://")) {
            throw GoogleException.invalidParameter("Invalid value for address: " + address, "address");
        }
        Instant expiration = expiration(c, body, max);
        WatchChannel created = c.write(tx -> {
            if (tx.get(ChangeFeed.CHANNELS, id).isPresent()) {
                throw new GoogleException(400, "INVALID_ARGUMENT", "Channel id " + id + " not unique",
                        "channelIdNotUnique", null, null);
            }
            WatchChannel channel = new WatchChannel(id, resourceId(resource), resourceUri, text(body, "token"), address,
                    expiration, c.caller().id(), fileId, filter, 1);
            return tx.put(ChangeFeed.CHANNELS, id, channel);
        });
        c.twinCall().universe().deliveries().send(c.twinCall().universe(), Notifications.sync(created));
        ObjectNode out = Json.object().put("kind", "api#channel").put("id", created.id())
                .put("resourceId", created.resourceId()).put("resourceUri", created.resourceUri());
        if (created.token() != null) {
            out.put("token", created.token());
        }
        out.put("expiration", Long.toString(created.expiration().toEpochMilli()));
        return c.json(out, null);
    }

    /** The asked expiration (milliseconds since the epoch), capped at the longest Drive allows; an hour by default. */
    private static Instant expiration(GoogleCall c, ObjectNode body, Duration max) {
        Instant latest = c.now().plus(max);
        JsonNode asked = body.get("expiration");
        if (asked == null || asked.isNull()) {
            return c.now().plus(DEFAULT_TTL);
        }
        long millis;
        try {
            millis = Long.parseLong(asked.asText());
        } catch (NumberFormatException e) {
            throw GoogleException.invalidParameter("Invalid value for expiration: " + asked.asText(), "expiration");
        }
        Instant at = Instant.ofEpochMilli(millis);
        if (!at.isAfter(c.now())) {
            throw GoogleException.invalidParameter("The expiration time must be in the future.", "expiration");
        }
        return at.isAfter(latest) ? latest : at;
    }

    private static ChangeFilter filter(GoogleCall c) {
        String driveId = driveFilter(c);
        boolean all = c.flag("includeItemsFromAllDrives") || c.flag("includeTeamDriveItems");
        boolean removed = c.query("includeRemoved").isEmpty() || c.flag("includeRemoved");
        return new ChangeFilter(driveId, all, c.flag("restrictToMyDrive"), removed);
    }

    /** The shared drive named by {@code driveId}: it needs supportsAllDrives and membership (else 404). */
    private static String driveFilter(GoogleCall c) {
        Optional<String> driveId = c.query("driveId").or(() -> c.query("teamDriveId")).filter(s -> !s.isEmpty());
        if (driveId.isEmpty()) {
            return null;
        }
        if (!(c.flag("supportsAllDrives") || c.flag("supportsTeamDrives"))) {
            throw DrivesApi.notFound(driveId.get());
        }
        DrivesApi.member(c.state(), driveId.get(), c.caller().withAllDrives(true), Role.READER);
        return driveId.get();
    }

    private static long token(String token, State state) {
        try {
            long value = Long.parseLong(token);
            if (value >= 1 && value <= ChangeFeed.nextToken(state)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw GoogleException.invalidParameter("Invalid Value", "pageToken");
    }

    private static GoogleException required(String field) {
        return new GoogleException(400, "INVALID_ARGUMENT", "Required parameter: " + field, "required", field,
                "parameter");
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** An opaque id of the watched resource, the same for every channel on it. */
    private static String resourceId(String resource) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(resource.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
