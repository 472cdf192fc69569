package dev.dtu.twins.google.drive.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.api.PageTokens;
import dev.dtu.twins.google.api.Rfc3339;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.DriveFiles;
import dev.dtu.twins.google.drive.model.DriveRevision;
import dev.dtu.twins.google.drive.model.Revisions;
import dev.dtu.twins.google.drive.model.Role;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.List;

/**
 * Drive v3 revisions: list, get (metadata, or a binary revision's bytes with {@code alt=media}), update and delete
 * (developers.google.com/drive/api/guides/manage-revisions). The history takes the writer role; only binary files'
 * revisions are kept forever or deleted, and never a file's last one.
 */
public final class RevisionsApi {
    static final String LIST_DEFAULT_FIELDS = "kind,nextPageToken,revisions(id,mimeType,kind,modifiedTime)";
    static final String DEFAULT_FIELDS = "kind,id,mimeType,modifiedTime";
    private final DriveFiles files;

    public RevisionsApi(DriveFiles files) {
        this.files = files;
    }

    public Response list(GoogleCall c) {
        DriveFile f = history(c.state(), c);
        int pageSize = c.intQuery("pageSize").orElse(200);
        if (pageSize < 1 || pageSize > 1000) {
            throw GoogleException.invalidParameter("Invalid value '" + pageSize
                    + "'. Values must be within the range: [1, 1000]", "pageSize");
        }
        List<DriveRevision> all = Revisions.visible(c.state(), f.id(), c.now());
        String key = "revisions|" + f.id();
        int offset = c.query("pageToken").map(t -> PageTokens.offset(t, key)).orElse(0);
        int end = Math.min(all.size(), offset + pageSize);
        ObjectNode out = Json.object().put("kind", "drive#revisionList");
        if (end < all.size()) {
            out.put("nextPageToken", PageTokens.next(end, key));
        }
        ArrayNode list = out.putArray("revisions");
        all.subList(Math.min(offset, all.size()), end).forEach(r -> list.add(json(c.state(), r, f, c)));
        return c.json(out, LIST_DEFAULT_FIELDS);
    }

    public Response get(GoogleCall c) {
        DriveFile f = history(c.state(), c);
        DriveRevision r = find(c.state(), c, f);
        if ("media".equals(c.query("alt").orElse(null))) {
            if (!r.binary()) {
                throw new GoogleException(403, "PERMISSION_DENIED", "Only files with binary content can be downloaded."
                        + " Use Export with Docs Editors files.", "fileNotDownloadable", "alt", "parameter");
            }
            return new Response(200, r.mimeType(), r.content());
        }
        return c.json(json(c.state(), r, f, c), DEFAULT_FIELDS);
    }

    /** keepForever applies to binary files, the publishing fields to Docs Editors files; others are left alone. */
    public Response update(GoogleCall c) {
        ObjectNode body = c.body();
        DriveRevision updated = c.write(tx -> {
            DriveFile f = history(tx.state(), c);
            DriveRevision r = find(tx.state(), c, f);
            boolean keep = r.binary() ? bool(body, "keepForever", r.keepForever()) : r.keepForever();
            if (keep && !r.keepForever() && keptForever(tx.state(), f.id()) >= Revisions.MAX_KEPT_FOREVER) {
                throw keptForeverLimit();
            }
            boolean editors = !r.binary();
            DriveRevision changed = r.with(keep, editors ? bool(body, "published", r.published()) : r.published(),
                    editors ? bool(body, "publishAuto", r.publishAuto()) : r.publishAuto(),
                    editors ? bool(body, "publishedOutsideDomain", r.publishedOutsideDomain())
                            : r.publishedOutsideDomain());
            return tx.put(Revisions.REVISIONS, r.key(), changed);
        });
        DriveFile f = c.twinCall().state().get(DriveAccess.FILES, updated.fileId()).orElseThrow();
        return c.json(json(c.twinCall().state(), updated, f, c), DEFAULT_FIELDS);
    }

    /**
     * Deletes a binary file's revision for good, kept forever or not; deleting the head makes the one before it the
     * file's content again. Docs Editors files' revisions and a file's only revision cannot be deleted.
     */
    public Response delete(GoogleCall c) {
        c.write(tx -> {
            DriveFile f = history(tx.state(), c);
            DriveRevision r = find(tx.state(), c, f);
            if (!r.binary()) {
                throw new GoogleException(403, "PERMISSION_DENIED", "Revisions of Docs Editors files cannot be deleted.",
                        "revisionDeletionNotSupported", null, null);
            }
            List<DriveRevision> all = Revisions.of(tx.state(), f.id());
            if (all.size() == 1) {
                throw new GoogleException(403, "PERMISSION_DENIED", "The only revision of a file cannot be deleted.",
                        "cannotDeleteOnlyRevision", null, null);
            }
            tx.remove(Revisions.REVISIONS, r.key());
            if (all.get(all.size() - 1).key().equals(r.key())) {
                revert(tx, f, all.get(all.size() - 2));
            }
            return r;
        });
        return Response.empty(204);
    }

    private static void revert(Tx tx, DriveFile f, DriveRevision previous) {
        tx.put(DriveAccess.FILES, f.id(), f.with(null, previous.mimeType(), null, null, null, previous.content(), null));
    }

    /** The file whose history is asked for: hidden files are 404, readers and commenters 403. */
    private static DriveFile history(State state, GoogleCall c) {
        DriveFile seen = DriveAccess.readable(state, c.param("fileId"), c.caller());
        DriveFile f = DriveAccess.requireRole(state, seen.id(), c.caller(), Role.WRITER);
        if (f.isFolder()) {
            throw new GoogleException(403, "PERMISSION_DENIED", "The file does not support revisions.",
                    "revisionsNotSupported", null, null);
        }
        return f;
    }

    private static DriveRevision find(State state, GoogleCall c, DriveFile f) {
        String id = c.param("revisionId");
        return Revisions.visible(state, f.id(), c.now()).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new GoogleException(404, "NOT_FOUND", "Revision not found: " + id + ".",
                        "revisionNotFound", "revisionId", "parameter"));
    }

    private static long keptForever(State state, String fileId) {
        return Revisions.of(state, fileId).stream().filter(DriveRevision::keepForever).count();
    }

    static GoogleException keptForeverLimit() {
        return Revisions.keptForeverLimit();
    }

    private static boolean bool(JsonNode body, String field, boolean current) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return current;
        }
        if (!v.isBoolean()) {
            throw GoogleException.invalidArgument("Invalid value at 'revision." + field + "' (TYPE_BOOL), \""
                    + v.asText() + "\"");
        }
        return v.asBoolean();
    }

    private ObjectNode json(State state, DriveRevision r, DriveFile f, GoogleCall c) {
        ObjectNode o = Json.object().put("kind", "drive#revision").put("id", r.id()).put("mimeType", r.mimeType())
                .put("modifiedTime", Rfc3339.format(r.modifiedTime()));
        if (r.lastModifyingUserId() != null) {
            o.set("lastModifyingUser", FileJson.user(state, r.lastModifyingUserId(), c.caller()));
        }
        if (r.binary()) {
            o.put("keepForever", r.keepForever()).put("originalFilename", r.originalFilename())
                    .put("md5Checksum", FileJson.md5(r.content())).put("size", Long.toString(r.content().length));
            return o;
        }
        o.put("published", r.published()).put("publishAuto", r.publishAuto())
                .put("publishedOutsideDomain", r.publishedOutsideDomain());
        files.editor(f.mimeType()).ifPresent(e -> {
            ObjectNode links = o.putObject("exportLinks");
            e.exportFormats().forEach(m -> links.put(m, "https://docs.google.com/feeds/download/export?id=" + f.id()
                    + "&revision=" + r.id() + "&exportFormat=" + m));
        });
        return o;
    }
}
