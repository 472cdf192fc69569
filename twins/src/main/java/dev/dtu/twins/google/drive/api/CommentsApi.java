package dev.dtu.twins.google.drive.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.Kind;
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.api.Rfc3339;
import dev.dtu.twins.google.auth.GoogleAccount;
import dev.dtu.twins.google.auth.GoogleAuth;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveComment;
import dev.dtu.twins.google.drive.model.FileIds;
import dev.dtu.twins.google.drive.model.Role;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.Comparator;
import java.util.List;

/**
 * Drive v3 comments: create, list, get, delete. Reading takes read access, writing commenter access; every
 * method needs {@code fields} (developers.google.com/drive/api/reference/rest/v3/comments: "fields is required").
 */
public final class CommentsApi {
    public static final Kind<DriveComment> COMMENTS = Kind.of("google", "comments", DriveComment.class);

    private static void requireFields(GoogleCall c) {
        if (c.query("fields").isEmpty()) {
            throw GoogleException.invalidParameter("The 'fields' parameter is required for this method.", "fields");
        }
    }

    public Response create(GoogleCall c) {
        requireFields(c);
        ObjectNode body = c.body();
        String content = body.path("content").asText("");
        if (content.isBlank()) {
            throw GoogleException.invalidParameter("A comment must have content.", "content");
        }
        DriveComment created = c.write(tx -> {
            DriveAccess.requireRole(tx.state(), c.param("fileId"), c.caller(), Role.COMMENTER);
            String id = FileIds.nextComment(tx);
            DriveComment comment = new DriveComment(id, DriveAccess.resolveId(c.param("fileId"), c.caller()),
                    c.caller().id(), content, body.hasNonNull("anchor") ? body.get("anchor").asText() : null,
                    c.now(), c.now(), false, false);
            tx.put(COMMENTS, id, comment);
            return comment;
        });
        return c.json(json(c, created), null);
    }

    public Response list(GoogleCall c) {
        requireFields(c);
        String fileId = DriveAccess.readable(c.state(), c.param("fileId"), c.caller()).id();
        boolean includeDeleted = c.flag("includeDeleted");
        int pageSize = c.intQuery("pageSize").orElse(20);
        if (pageSize < 1 || pageSize > 100) {
            throw GoogleException.invalidParameter("Invalid value '" + pageSize
                    + "'. Values must be within the range: [1, 100]", "pageSize");
        }
        List<DriveComment> all = c.state().all(COMMENTS).values().stream()
                .filter(x -> x.fileId().equals(fileId) && (includeDeleted || !x.deleted()))
                .sorted(Comparator.comparing(DriveComment::createdTime).thenComparing(DriveComment::id)).toList();
        int from = c.query("pageToken").filter(t -> !t.isEmpty()).map(CommentsApi::offset).orElse(0);
        ObjectNode out = Json.object().put("kind", "drive#commentList");
        ArrayNode comments = out.putArray("comments");
        all.stream().skip(from).limit(pageSize).forEach(x -> comments.add(json(c, x)));
        if (from + pageSize < all.size()) {
            out.put("nextPageToken", Integer.toString(from + pageSize));
        }
        return c.json(out, null);
    }

    private static int offset(String token) {
        try {
            return Math.max(0, Integer.parseInt(token));
        } catch (NumberFormatException e) {
            throw GoogleException.invalidParameter("Invalid Value", "pageToken");
        }
    }

    public Response get(GoogleCall c) {
        requireFields(c);
        return c.json(json(c, find(c)), null);
    }

    public Response delete(GoogleCall c) {
        c.write(tx -> {
            DriveComment comment = find(c);
            if (!comment.authorId().equals(c.caller().id())) {
                DriveAccess.requireRole(tx.state(), comment.fileId(), c.caller(), Role.WRITER);
            }
            tx.put(COMMENTS, comment.id(), new DriveComment(comment.id(), comment.fileId(), comment.authorId(),
                    "", comment.anchor(), comment.createdTime(), c.now(), comment.resolved(), true));
            return null;
        });
        return Response.empty(204);
    }

    private static DriveComment find(GoogleCall c) {
        String fileId = DriveAccess.readable(c.state(), c.param("fileId"), c.caller()).id();
        return c.state().get(COMMENTS, c.param("commentId")).filter(x -> x.fileId().equals(fileId))
                .orElseThrow(() -> new GoogleException(404, "NOT_FOUND", "Comment not found: " + c.param("commentId")
                        + ".", "notFound", "commentId", "parameter"));
    }

    private static ObjectNode json(GoogleCall c, DriveComment x) {
        ObjectNode o = Json.object().put("kind", "drive#comment").put("id", x.id())
                .put("createdTime", Rfc3339.format(x.createdTime())).put("modifiedTime", Rfc3339.format(x.modifiedTime()));
        GoogleAccount author = c.state().get(GoogleAuth.ACCOUNTS, x.authorId()).orElse(null);
        ObjectNode a = o.putObject("author").put("kind", "drive#user")
                .put("displayName", author == null ? "" : author.displayName())
                .put("me", x.authorId().equals(c.caller().id()));
        if (author != null) {
            a.put("emailAddress", author.email());
        }
        if (!x.deleted()) {
            o.put("htmlContent", x.content().replace("&", "&amp;").replace("<", "&lt;")).put("content", x.content());
        }
        o.put("deleted", x.deleted()).put("resolved", x.resolved());
        if (x.anchor() != null) {
            o.put("anchor", x.anchor());
        }
        o.putArray("replies");
        return o;
    }
}
