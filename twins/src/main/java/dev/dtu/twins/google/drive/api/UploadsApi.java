package dev.dtu.twins.google.drive.api;

import dev.dtu.server.http.Response;
import dev.dtu.server.state.Kind;
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.DriveFiles;
import dev.dtu.twins.google.drive.model.Role;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * upload/drive/v3/files: uploadType media (bytes only), multipart (metadata and bytes) and resumable
 * (metadata first; the bytes go to the session URL in the Location header, as the Java client sends by
 * default).
 */
public final class UploadsApi {
    public static final Kind<UploadSession> SESSIONS = Kind.of("google", "uploads", UploadSession.class);
    private final FilesApi filesApi;
    private final DriveFiles files;

    public UploadsApi(FilesApi filesApi, DriveFiles files) {
        this.filesApi = filesApi;
        this.files = files;
    }

    public Response create(GoogleCall c) {
        return upload(c, null);
    }

    /**
     * Drive v2's media update with {@code convert=true} (gspread's import_csv): CSV or TSV sent to a spreadsheet
     * replaces its content with one sheet holding the rows; answered with the v2 File resource.
     */
    public Response importV2(GoogleCall c) {
        if (!"media".equals(c.query("uploadType").orElse(""))) {
            throw GoogleException.invalidParameter("Upload requests must include an uploadType URL parameter and a "
                    + "URL path beginning with /upload/", "uploadType");
        }
        DriveFile f = c.write(tx -> {
            DriveFile file = DriveAccess.requireRole(tx.state(), c.param("fileId"), c.caller(), Role.WRITER);
            var editor = files.editor(file.mimeType()).filter(e -> e.importFormats().contains(c.request().mediaType()))
                    .orElseThrow(() -> GoogleException.invalidParameter("Unsupported content with type: "
                            + c.request().mediaType(), "media"));
            editor.create(tx, file.id(), file.name(), c.request().mediaType(), c.request().body());
            return tx.put(DriveAccess.FILES, file.id(), file.modified(c.now(), c.caller().id()));
        });
        com.fasterxml.jackson.databind.node.ObjectNode v2 = dev.dtu.server.http.Json.object()
                .put("kind", "drive#file").put("id", f.id()).put("title", f.name()).put("mimeType", f.mimeType())
                .put("modifiedDate", dev.dtu.twins.google.api.Rfc3339.format(f.modifiedTime()))
                .put("version", Long.toString(f.version()));
        return c.json(v2, null);
    }

    public Response update(GoogleCall c) {
        return upload(c, c.param("fileId"));
    }

    private Response upload(GoogleCall c, String fileId) {
        String type = c.query("uploadType").orElseThrow(() -> GoogleException.invalidParameter(
                "Upload requests must include an uploadType URL parameter and a URL path beginning with /upload/",
                "uploadType"));
        return switch (type) {
            case "media" -> finish(c, fileId, FileMetadata.of(dev.dtu.server.http.Json.object()), c.request().mediaType(),
                    c.request().body());
            case "multipart" -> {
                Multipart m = Multipart.parse(c.request().header("content-type").orElse(""), c.request().body());
                yield finish(c, fileId, FileMetadata.parse(m.metadata()), m.mediaType(), m.media());
            }
            case "resumable" -> c.query("upload_id").isPresent() ? resume(c) : start(c, fileId);
            default -> throw GoogleException.invalidParameter("Invalid upload type: " + type, "uploadType");
        };
    }

    private Response finish(GoogleCall c, String fileId, FileMetadata meta, String mediaType, byte[] media) {
        DriveFile f = c.write(tx -> fileId == null
                ? filesApi.createFile(tx, c, meta, mediaType, media)
                : filesApi.updateFile(tx, c, meta, media));
        return c.json(FileJson.of(c.twinCall().state(), f, c.caller(), files), FileJson.DEFAULT_FIELDS);
    }

    private Response start(GoogleCall c, String fileId) {
        if (fileId != null) {
            DriveAccess.requireRole(c.state(), fileId, c.caller(), Role.WRITER);
        }
        FileMetadata.parse(c.request().bodyText());
        String mediaType = c.request().header("x-upload-content-type").orElse(null);
        UploadSession session = c.write(tx -> {
            String id = "ABPtcP" + tx.next("google.upload") + "x" + Long.toHexString(c.now().toEpochMilli());
            return tx.put(SESSIONS, id, new UploadSession(id, c.caller().id(), fileId, c.request().bodyText(),
                    mediaType, c.query("addParents").orElse(null), c.query("removeParents").orElse(null), null));
        });
        // The session URL keeps the request's parameters (supportsAllDrives, fields...), as Google's does.
        StringBuilder query = new StringBuilder();
        c.request().query().forEach((name, values) -> values.forEach(v -> query.append(encode(name)).append('=')
                .append(encode(v)).append('&')));
        String location = c.request().baseUrl() + "/upload/drive/v3/files" + (fileId == null ? "" : "/" + fileId)
                + "?" + query + "upload_id=" + session.id();
        return Response.empty(200).header("Location", location).header("X-GUploader-UploadID", session.id());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * A PUT to the session URL: the whole content, or with {@code Content-Range} one chunk ("bytes S-E/T", T
     * "*" until known) or a status query ("bytes *&#47;T"). Until the last byte has come Drive answers 308 with
     * {@code Range: bytes=0-N} for what it holds (developers.google.com/drive/api/guides/manage-uploads#resumable).
     */
    private Response resume(GoogleCall c) {
        String id = c.query("upload_id").orElseThrow();
        UploadSession s = c.state().get(SESSIONS, id).filter(x -> x.accountId().equals(c.caller().id()))
                .orElseThrow(() -> GoogleException.notFound("Upload session not found: " + id + "."));
        java.util.Optional<String> range = c.request().header("content-range");
        if (range.isEmpty()) {
            return complete(c, s, c.request().body());
        }
        ContentRange r = ContentRange.parse(range.get());
        byte[] body = c.request().body();
        byte[] held = s.received() == null ? new byte[0] : s.received();
        if (r.start() >= 0) {
            if (r.start() != held.length || r.end() - r.start() + 1 != body.length
                    || (r.total() >= 0 && r.end() >= r.total())) {
                throw GoogleException.invalidParameter("The chunk (bytes " + r.start() + "-" + r.end() + ", "
                        + body.length + " sent) does not go on from the " + held.length + " bytes received.",
                        "Content-Range");
            }
            byte[] joined = java.util.Arrays.copyOf(held, held.length + body.length);
            System.arraycopy(body, 0, joined, held.length, body.length);
            held = joined;
        }
        if (r.total() >= 0 && held.length == r.total()) {
            return complete(c, s, held);
        }
        if (r.total() >= 0 && held.length > r.total()) {
            throw GoogleException.invalidParameter("More bytes were sent than the upload's size.", "Content-Range");
        }
        byte[] kept = held;
        if (r.start() >= 0) {
            c.write(tx -> tx.put(SESSIONS, id, s.withReceived(kept)));
        }
        Response incomplete = Response.empty(308).header("X-GUploader-UploadID", id);
        return kept.length == 0 ? incomplete : incomplete.header("Range", "bytes=0-" + (kept.length - 1));
    }

    private Response complete(GoogleCall c, UploadSession s, byte[] media) {
        String mediaType = s.mediaType() != null ? s.mediaType() : c.request().mediaType();
        Map<String, String> params = new HashMap<>(c.params());
        if (s.fileId() != null) {
            params.put("fileId", s.fileId());
        }
        GoogleCall resumed = new GoogleCall(c.twinCall(), c.caller(), params);
        DriveFile f = c.write(tx -> {
            tx.remove(SESSIONS, s.id());
            FileMetadata meta = FileMetadata.parse(s.metadata());
            return s.fileId() == null ? filesApi.createFile(tx, resumed, meta, mediaType, media)
                    : filesApi.updateFile(tx, resumed, meta, media);
        });
        return c.json(FileJson.of(c.twinCall().state(), f, c.caller(), files), FileJson.DEFAULT_FIELDS);
    }

    /** A Content-Range header: start and end (-1 for a status query "bytes *&#47;T", T also "*") and total (-1 for "*"). */
    record ContentRange(long start, long end, long total) {
        static ContentRange parse(String header) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("bytes (?:(\\d+)-(\\d+)|\\*)/(\\d+|\\*)")
                    .matcher(header.trim());
            if (!m.matches()) {
                throw GoogleException.invalidParameter("Invalid Content-Range: " + header, "Content-Range");
            }
            try {
                long start = m.group(1) == null ? -1 : Long.parseLong(m.group(1));
                long end = m.group(2) == null ? -1 : Long.parseLong(m.group(2));
                long total = m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
                if (start > end) {
                    throw GoogleException.invalidParameter("Invalid Content-Range: " + header, "Content-Range");
                }
                return new ContentRange(start, end, total);
            } catch (NumberFormatException e) {
                throw GoogleException.invalidParameter("Invalid Content-Range: " + header, "Content-Range");
            }
        }
    }

}
