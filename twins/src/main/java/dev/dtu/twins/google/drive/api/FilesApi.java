package dev.dtu.twins.google.drive.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.api.PageTokens;
import dev.dtu.twins.google.auth.Caller;
import dev.dtu.twins.google.drive.model.AppData;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.DriveFiles;
import dev.dtu.twins.google.drive.model.DriveQuery;
import dev.dtu.twins.google.drive.model.FileIds;
import dev.dtu.twins.google.drive.model.QueryEvaluator;
import dev.dtu.twins.google.drive.model.Role;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** files.list, get, create (metadata), update, delete, copy and export. */
public final class FilesApi {
    static final String LIST_DEFAULT_FIELDS = "kind,nextPageToken,incompleteSearch,files(kind,id,name,mimeType)";
    private final DriveFiles files;

    public FilesApi(DriveFiles files) {
        this.files = files;
    }

    public Response list(GoogleCall c) {
        int pageSize = c.intQuery("pageSize").orElse(100);
        if (pageSize < 1 || pageSize > 1000) {
            throw GoogleException.invalidParameter("Invalid value '" + pageSize
                    + "'. Values must be within the range: [1, 1000]", "pageSize");
        }
        DriveQuery q = c.query("q").filter(s -> !s.isBlank()).map(FilesApi::compile).orElse(null);
        Comparator<DriveFile> order = FileOrder.parse(c.query("orderBy").orElse(""));
        State state = c.state();
        Corpus corpus = Corpus.of(c, q);
        Spaces spaces = Spaces.of(c);
        Caller caller = c.caller().withAllDrives(true);
        List<DriveFile> matching = state.all(DriveAccess.FILES).values().stream()
                .filter(f -> !f.root())
                .filter(f -> corpus.holds(state, f, caller))
                .filter(f -> spaces.holds(state, f))
                .filter(f -> DriveAccess.role(state, f, caller, true).isPresent())
                .filter(f -> q == null || QueryEvaluator.matches(q, new FileSubject(state, f, caller, files)))
                .sorted(order)
                .toList();
        String key = c.query("q").orElse("") + "|" + c.query("orderBy").orElse("") + "|" + corpus + "|" + spaces;
        int offset = c.query("pageToken").map(t -> PageTokens.offset(t, key)).orElse(0);
        int end = Math.min(matching.size(), offset + pageSize);
        ObjectNode out = Json.object().put("kind", "drive#fileList");
        if (end < matching.size()) {
            out.put("nextPageToken", PageTokens.next(end, key));
        }
        out.put("incompleteSearch", false);
        ArrayNode list = out.putArray("files");
        matching.subList(Math.min(offset, matching.size()), end)
                .forEach(f -> list.add(FileJson.of(state, f, caller, files)));
        return c.json(out, LIST_DEFAULT_FIELDS);
    }

    private static DriveQuery compile(String q) {
        try {
            return QueryEvaluator.compile(q);
        } catch (IllegalArgumentException e) {
            throw GoogleException.invalidParameter("Invalid Value", "q");
        }
    }

    public Response get(GoogleCall c) {
        DriveFile f = DriveAccess.readable(c.state(), c.param("fileId"), c.caller());
        if ("media".equals(c.query("alt").orElse(null))) {
            if (f.isGoogleType()) {
                throw new GoogleException(403, "PERMISSION_DENIED", "Only files with binary content can be downloaded."
                        + " Use Export with Docs Editors files.", "fileNotDownloadable", "alt", "parameter");
            }
            return new Response(200, f.mimeType(), f.content() == null ? new byte[0] : f.content());
        }
        ObjectNode json = FileJson.of(c.state(), f, c.caller(), files);
        c.query("includeLabels").filter(s -> !s.isBlank())
                .ifPresent(ids -> json.set("labelInfo", LabelsApi.labelInfo(c.state(), f.id(), ids)));
        return c.json(json, FileJson.DEFAULT_FIELDS);
    }

    public Response create(GoogleCall c) {
        FileMetadata meta = FileMetadata.of(c.body());
        DriveFile created = c.write(tx -> createFile(tx, c, meta, null, null));
        return c.json(FileJson.of(c.twinCall().state(), created, c.caller(), files), FileJson.DEFAULT_FIELDS);
    }

    /** Creates a file (and, for Docs Editors types, its content, imported from the upload if any). */
    DriveFile createFile(Tx tx, GoogleCall c, FileMetadata meta, String mediaType, byte[] media) {
        String id = meta.id() != null ? meta.id() : FileIds.next(tx);
        if (meta.id() != null && tx.get(DriveAccess.FILES, id).isPresent()) {
            throw new GoogleException(409, "ALREADY_EXISTS", "A file already exists with the provided ID.",
                    "duplicate", "id", "parameter");
        }
        String mimeType = meta.mimeType() != null ? meta.mimeType()
                : mediaType != null && !mediaType.isEmpty() ? mediaType : "application/octet-stream";
        var editor = files.editor(mimeType);
        byte[] content = editor.isPresent() || mimeType.equals(DriveFile.FOLDER) ? null : media == null ? new byte[0] : media;
        String name = meta.name() != null ? meta.name() : "Untitled";
        DriveFile f = files.create(tx, c.caller(), id, name, mimeType, meta.parents(), content, meta.description(),
                meta.appProperties(), c.now());
        editor.ifPresent(e -> e.create(tx, id, name, mediaType, media));
        if (Boolean.TRUE.equals(meta.starred())) {
            f = tx.put(DriveAccess.FILES, id, f.with(null, null, null, true, null, null, null));
        }
        if (meta.modifiedTime() != null) {
            f = tx.put(DriveAccess.FILES, id, f.withModifiedTime(meta.modifiedTime()));
        }
        return f;
    }

    public Response update(GoogleCall c) {
        FileMetadata meta = FileMetadata.of(c.body());
        DriveFile updated = c.write(tx -> updateFile(tx, c, meta, null));
        return c.json(FileJson.of(c.twinCall().state(), updated, c.caller(), files), FileJson.DEFAULT_FIELDS);
    }

    DriveFile updateFile(Tx tx, GoogleCall c, FileMetadata meta, byte[] media) {
        if (meta.parents() != null) {
            throw new GoogleException(403, "PERMISSION_DENIED", "The parents field is not directly writable in update "
                    + "requests. Use the addParents and removeParents parameters instead.", "fieldNotWritable",
                    null, null);
        }
        Caller caller = c.caller();
        DriveFile f = DriveAccess.requireRole(tx.state(), c.param("fileId"), caller, Role.WRITER);
        if (Boolean.TRUE.equals(meta.trashed()) && AppData.holds(tx.state(), f)) {
            throw AppData.cannotTrash();
        }
        if (meta.trashed() != null && meta.trashed() != f.trashed()) {
            DriveAccess.requireRole(tx.state(), f.id(), caller, DriveAccess.trashRole(tx.state(), f));
        }
        if (meta.mimeType() != null && !meta.mimeType().equals(f.mimeType()) && f.isGoogleType()) {
            throw GoogleException.invalidParameter("The mimeType of a Docs Editors file cannot be changed.", "mimeType");
        }
        DriveFile changed = f.with(meta.name(), f.isGoogleType() ? null : meta.mimeType(), meta.trashed(),
                meta.starred(), meta.description(), f.isGoogleType() ? null : media, meta.appProperties());
        changed = files.move(tx, caller, changed, split(c.query("addParents")), split(c.query("removeParents")));
        if (meta.name() != null) {
            files.editor(f.mimeType()).ifPresent(e -> e.rename(tx, f.id(), meta.name()));
        }
        DriveFile modified = changed.modified(c.now(), caller.id());
        return tx.put(DriveAccess.FILES, f.id(), meta.modifiedTime() == null ? modified
                : modified.withModifiedTime(meta.modifiedTime()));
    }

    private static List<String> split(java.util.Optional<String> ids) {
        return ids.map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList())
                .orElse(List.of());
    }

    public Response delete(GoogleCall c) {
        c.write(tx -> {
            DriveFile seen = DriveAccess.readable(tx.state(), c.param("fileId"), c.caller());
            DriveFile f = DriveAccess.requireRole(tx.state(), seen.id(), c.caller(), DriveAccess.deleteRole(tx.state(), seen));
            if (f.root()) {
                throw GoogleException.insufficientFilePermissions(f.id());
            }
            files.delete(tx, f);
            return f;
        });
        return Response.empty(204);
    }

    public Response copy(GoogleCall c) {
        FileMetadata meta = FileMetadata.of(c.body());
        DriveFile copy = c.write(tx -> {
            DriveFile source = DriveAccess.readable(tx.state(), c.param("fileId"), c.caller());
            List<String> parents = meta.parents() == null ? null : files.parents(tx.state(), c.caller(), meta.parents());
            return files.copy(tx, c.caller(), source, FileIds.next(tx), meta.name(), parents, c.now());
        });
        return c.json(FileJson.of(c.twinCall().state(), copy, c.caller(), files), FileJson.DEFAULT_FIELDS);
    }

    public Response export(GoogleCall c) {
        DriveFile f = DriveAccess.readable(c.state(), c.param("fileId"), c.caller());
        String mimeType = c.query("mimeType").orElseThrow(() -> new GoogleException(400, "INVALID_ARGUMENT",
                "Required parameter: mimeType", "required", "mimeType", "parameter"));
        var editor = files.editor(f.mimeType()).orElseThrow(() -> new GoogleException(403, "PERMISSION_DENIED",
                "Export only supports Docs Editors files.", "fileNotExportable", null, null));
        byte[] bytes = editor.export(c.state(), f.id(), mimeType).orElseThrow(() -> new GoogleException(400,
                "INVALID_ARGUMENT", "The requested conversion is not supported.", "badRequest", "convertTo",
                "parameter"));
        return new Response(200, mimeType, bytes);
    }

    /**
     * files.generateIds: ids files.create and files.copy take as {@code id} (count 1..1000, 10 by default; space
     * drive; type files). Drawn from the same counter as created files, so none is handed out twice.
     */
    public Response generateIds(GoogleCall c) {
        int count = c.intQuery("count").orElse(10);
        if (count < 1 || count > 1000) {
            throw GoogleException.invalidParameter("Invalid value '" + count
                    + "'. Values must be within the range: [1, 1000]", "count");
        }
        String space = c.query("space").orElse("drive");
        if (!space.equals("drive")) {
            throw GoogleException.invalidParameter("Invalid Value", "space");
        }
        if (!c.query("type").orElse("files").equals("files")) {
            throw GoogleException.invalidParameter("Invalid Value", "type");
        }
        List<String> ids = c.write(tx -> java.util.stream.IntStream.range(0, count).mapToObj(i -> FileIds.next(tx))
                .toList());
        ObjectNode out = Json.object().put("kind", "drive#generatedIds").put("space", space);
        ArrayNode list = out.putArray("ids");
        ids.forEach(list::add);
        return c.json(out, null);
    }

    /**
     * files.emptyTrash: deletes for good every trashed file the caller owns, or with {@code driveId} every trashed
     * item of that shared drive (which takes its organizer role).
     */
    public Response emptyTrash(GoogleCall c) {
        java.util.Optional<String> driveId = c.query("driveId").filter(s -> !s.isEmpty());
        c.write(tx -> {
            State state = tx.state();
            driveId.ifPresent(id -> DrivesApi.member(state, id, c.caller().withAllDrives(true), Role.ORGANIZER));
            List<DriveFile> trashed = state.all(DriveAccess.FILES).values().stream().filter(DriveFile::trashed)
                    .filter(f -> driveId.isPresent() ? driveId.equals(DriveAccess.driveOf(state, f))
                            : f.ownerId().equals(c.caller().id()))
                    .toList();
            trashed.forEach(f -> {
                if (tx.get(DriveAccess.FILES, f.id()).isPresent()) {
                    files.delete(tx, f);
                }
            });
            return trashed.size();
        });
        return Response.empty(204);
    }

    public Response about(GoogleCall c) {
        ObjectNode out = Json.object().put("kind", "drive#about");
        out.set("user", FileJson.user(c.state(), c.caller().id(), c.caller()));
        out.set("storageQuota", storageQuota(c.state(), c.twinCall().universe().storageLimit()));
        return c.json(out, null);
    }

    /**
     * about.storageQuota, in bytes as strings: the universe's quota is the limit; {@code usage} counts every
     * service (the universe's Slack files and Jira attachments too, as Google's counts Gmail and Photos), the
     * others Drive's binary revisions — of trashed files for {@code usageInDriveTrash}.
     */
    static ObjectNode storageQuota(State state, long limit) {
        long trash = state.all(DriveAccess.FILES).values().stream().filter(DriveFile::trashed)
                .flatMap(f -> dev.dtu.twins.google.drive.model.Revisions.of(state, f.id()).stream())
                .mapToLong(dev.dtu.twins.google.drive.model.DriveRevision::storedBytes).sum();
        return Json.object().put("limit", Long.toString(limit)).put("usage", Long.toString(state.storedBytes()))
                .put("usageInDrive", Long.toString(state.storedBytes("google")))
                .put("usageInDriveTrash", Long.toString(trash));
    }
}
