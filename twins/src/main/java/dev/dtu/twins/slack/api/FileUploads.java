package dev.dtu.twins.slack.api;

import dev.dtu.server.http.Multipart;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.File;
import dev.dtu.twins.slack.model.Files;
import dev.dtu.twins.slack.model.Workspace;
import java.util.List;
import java.util.Optional;

/**
 * The URLs files live at, outside the Web API: the upload URL files.getUploadURLExternal hands out (the
 * bytes by POST, raw or as a multipart form, answered "OK - {length}" as Slack does), and url_private
 * (GET with the token as a bearer).
 */
public final class FileUploads {
    public static final String UPLOAD = FilesApi.UPLOAD_PATH;
    public static final String PRIVATE = "/files-pri/";

    private FileUploads() {}

    public static boolean handles(String path) {
        return path.startsWith(UPLOAD) || path.startsWith(PRIVATE);
    }

    public static Response handle(TwinCall call) {
        Request r = call.request();
        if (r.path().startsWith(UPLOAD)) {
            if (!r.method().equals("POST")) {
                return Response.text(405, "text/plain; charset=utf-8", "Method Not Allowed");
            }
            String id = r.path().substring(UPLOAD.length());
            byte[] bytes = content(r);
            Optional<File> received = call.write(tx -> new Files(new Workspace(tx, call.now())).receive(id, bytes));
            if (received.isEmpty()) {
                return Response.text(404, "text/plain; charset=utf-8", "Not Found");
            }
            return Response.text(200, "text/plain; charset=utf-8", "OK - " + bytes.length);
        }
        return download(call);
    }

    /** GET {baseUrl}/files-pri/{team}-{file}/[download/]{name} with a token of this workspace. */
    private static Response download(TwinCall call) {
        Request r = call.request();
        String rest = r.path().substring(PRIVATE.length());
        int dash = rest.indexOf('-');
        int slash = rest.indexOf('/');
        if (!r.method().equals("GET") || dash < 0 || slash < dash) {
            return Response.text(404, "text/plain; charset=utf-8", "Not Found");
        }
        String id = rest.substring(dash + 1, slash);
        Workspace ws = new Workspace(new Tx(call.state()), call.now());
        try {
            Caller caller = Caller.of(call, Args.parse(r), ws);
            File f = new Files(ws).visible(id, caller.userId());
            String type = dev.dtu.twins.slack.model.FileTypes.mimetype(
                    dev.dtu.twins.slack.model.FileTypes.filetype(f.name(), f.snippetType()));
            return new Response(200, type, f.content() == null ? new byte[0] : f.content());
        } catch (SlackError e) {
            return Response.text(404, "text/plain; charset=utf-8", "Not Found");
        }
    }

    /** The raw body, or the first file part (else the first part) of a multipart/form-data body. */
    static byte[] content(Request r) {
        if (!r.mediaType().equals("multipart/form-data")) {
            return r.body();
        }
        List<Multipart.Part> parts;
        try {
            parts = Multipart.parse(r.header("content-type").orElse(""), r.body());
        } catch (Multipart.MalformedMultipartException e) {
            return r.body();
        }
        return parts.stream().filter(Multipart.Part::isFile).findFirst()
                .or(() -> parts.stream().findFirst())
                .map(Multipart.Part::body)
                .orElse(r.body());
    }
}
