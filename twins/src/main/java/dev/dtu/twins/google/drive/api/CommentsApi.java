package dev.dtu.twins.google.drive.api;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.dtu.twins.google.drive.model.DriveComment.Reply;
import dev.dtu.twins.google.drive.model.FileIds;
import dev.dtu.twins.google.drive.model.Role;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Drive v3 comments (create, list, get, update, delete) and their replies (create, list, get, update, delete),
 * anchors, {@code quotedFileContent}, and resolving or reopening by a reply's {@code action}. Reading takes read
 * access, writing commenter access; only an author edits their text; every method needs {@code fields}
 * (developers.google.com/drive/api/reference/rest/v3/comments: "fields is required").
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
        String content = content(body, true);
        JsonNode quoted = body.path("quotedFileContent");
        DriveComment created = c.write(tx -> {
            DriveAccess.requireRole(tx.state(), c.param("fileId"), c.caller(), Role.COMMENTER);
            String id = FileIds.nextComment(tx);
            DriveComment comment = new DriveComment(id, DriveAccess.resolveId(c.param("fileId"), c.caller()),
                    c.caller().id(), content, body.hasNonNull("anchor") ? body.get("anchor").asText() : null,
                    quoted.hasNonNull("value") ? quoted.path("mimeType").asText("text/plain") : null,
                    quoted.hasNonNull("value") ? quoted.get("value").asText() : null, c.now(), c.now(), false, false,
                    List.of());
            tx.put(COMMENTS, id, comment);
            return comment;
        });
        return c.json(json(c, created), null);
    }

    private static String content(JsonNode body, boolean required) {
        String content = body.path("content").asText("");
        if (required && content.isBlank()) {
            throw GoogleException.invalidParameter("A comment must have content.", "content");
        }
        return content;
    }

    public Response list(GoogleCall c) {
        requireFields(c);
        String fileId = DriveAccess.readable(c.state(), c.param("fileId"), c.caller()).id();
        boolean includeDeleted = c.flag("includeDeleted");
        java.util.Optional<java.time.Instant> since = c.query("startModifiedTime").map(t -> time(t, "startModifiedTime"));
        List<DriveComment> all = c.state().all(COMMENTS).values().stream()
                .filter(x -> x.fileId().equals(fileId) && (includeDeleted || !x.deleted()))
                .filter(x -> since.isEmpty() || !x.modifiedTime().isBefore(since.get()))
                .sorted(Comparator.comparing(DriveComment::createdTime).thenComparing(DriveComment::id)).toList();
        ObjectNode out = Json.object().put("kind", "drive#commentList");
        page(c, all, out.putArray("comments"), out, x -> json(c, x));
        return c.json(out, null);
    }

    private static java.time.Instant time(String text, String parameter) {
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw GoogleException.invalidParameter("Invalid value for " + parameter + ": " + text, parameter);
        }
    }

    private static <T> void page(GoogleCall c, List<T> all, ArrayNode into, ObjectNode out,
                                 java.util.function.Function<T, ObjectNode> json) {
        int pageSize = c.intQuery("pageSize").orElse(20);
        if (pageSize < 1 || pageSize > 100) {
            throw GoogleException.invalidParameter("Invalid value '" + pageSize
                    + "'. Values must be within the range: [1, 100]", "pageSize");
        }
        int from = c.query("pageToken").filter(t -> !t.isEmpty()).map(CommentsApi::offset).orElse(0);
        all.stream().skip(from).limit(pageSize).forEach(x -> into.add(json.apply(x)));
        if (from + pageSize < all.size()) {
            out.put("nextPageToken", Integer.toString(from + pageSize));
        }
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
        DriveComment comment = find(c);
        if (comment.deleted() && !c.flag("includeDeleted")) {
            throw commentNotFound(c.param("commentId"));
        }
        return c.json(json(c, comment), null);
    }

    /** comments.update: the author changes the text. */
    public Response update(GoogleCall c) {
        requireFields(c);
        String content = content(c.body(), true);
        DriveComment updated = c.write(tx -> {
            DriveComment comment = live(find(c));
            requireAuthor(comment.authorId(), c);
            return tx.put(COMMENTS, comment.id(), comment.withContent(content, c.now()));
        });
        return c.json(json(c, updated), null);
    }

    public Response delete(GoogleCall c) {
        c.write(tx -> {
            DriveComment comment = live(find(c));
            if (!comment.authorId().equals(c.caller().id())) {
                DriveAccess.requireRole(tx.state(), comment.fileId(), c.caller(), Role.WRITER);
            }
            tx.put(COMMENTS, comment.id(), comment.deletedAt(c.now()));
            return null;
        });
        return Response.empty(204);
    }

    /** replies.create: text, an action ("resolve" or "reopen", which changes the comment's state), or both. */
    public Response createReply(GoogleCall c) {
        requireFields(c);
        ObjectNode body = c.body();
        String action = body.hasNonNull("action") ? body.get("action").asText() : null;
        if (action != null && !action.equals("resolve") && !action.equals("reopen")) {
            throw GoogleException.invalidParameter("Invalid value for action: " + action, "action");
        }
        String content = content(body, action == null);
        Reply created = c.write(tx -> {
            DriveComment comment = live(find(c));
            DriveAccess.requireRole(tx.state(), comment.fileId(), c.caller(), Role.COMMENTER);
            Reply reply = new Reply(FileIds.nextReply(tx), c.caller().id(), content, action, c.now(), c.now(), false);
            List<Reply> replies = new ArrayList<>(comment.replies());
            replies.add(reply);
            boolean resolved = action == null ? comment.resolved() : action.equals("resolve");
            tx.put(COMMENTS, comment.id(), comment.withReplies(replies, resolved, c.now()));
            return reply;
        });
        return c.json(reply(c, created), null);
    }

    public Response listReplies(GoogleCall c) {
        requireFields(c);
        boolean includeDeleted = c.flag("includeDeleted");
        List<Reply> all = find(c).replies().stream().filter(r -> includeDeleted || !r.deleted()).toList();
        ObjectNode out = Json.object().put("kind", "drive#replyList");
        page(c, all, out.putArray("replies"), out, r -> reply(c, r));
        return c.json(out, null);
    }

    public Response getReply(GoogleCall c) {
        requireFields(c);
        Reply r = findReply(find(c), c.param("replyId"));
        if (r.deleted() && !c.flag("includeDeleted")) {
            throw replyNotFound(r.id());
        }
        return c.json(reply(c, r), null);
    }

    public Response updateReply(GoogleCall c) {
        requireFields(c);
        String content = content(c.body(), true);
        Reply updated = c.write(tx -> changeReply(tx, c, old -> {
            requireAuthor(old.authorId(), c);
            return new Reply(old.id(), old.authorId(), content, old.action(), old.createdTime(), c.now(), false);
        }));
        return c.json(reply(c, updated), null);
    }

    public Response deleteReply(GoogleCall c) {
        c.write(tx -> changeReply(tx, c, old -> {
            if (!old.authorId().equals(c.caller().id())) {
                DriveAccess.requireRole(tx.state(), c.param("fileId"), c.caller(), Role.WRITER);
            }
            return new Reply(old.id(), old.authorId(), "", old.action(), old.createdTime(), c.now(), true);
        }));
        return Response.empty(204);
    }

    private static Reply changeReply(dev.dtu.server.state.Tx tx, GoogleCall c,
                                     java.util.function.UnaryOperator<Reply> change) {
        DriveComment comment = live(find(c));
        Reply old = findReply(comment, c.param("replyId"));
        if (old.deleted()) {
            throw replyNotFound(old.id());
        }
        Reply changed = change.apply(old);
        List<Reply> replies = comment.replies().stream().map(r -> r.id().equals(old.id()) ? changed : r).toList();
        tx.put(COMMENTS, comment.id(), comment.withReplies(replies, comment.resolved(), c.now()));
        return changed;
    }

    private static void requireAuthor(String authorId, GoogleCall c) {
        if (!authorId.equals(c.caller().id())) {
            throw new GoogleException(403, "PERMISSION_DENIED", "The user does not have sufficient permissions for "
                    + "this comment.", "insufficientFilePermissions", null, null);
        }
    }

    private static DriveComment find(GoogleCall c) {
        String fileId = DriveAccess.readable(c.state(), c.param("fileId"), c.caller()).id();
        return c.state().get(COMMENTS, c.param("commentId")).filter(x -> x.fileId().equals(fileId))
                .orElseThrow(() -> commentNotFound(c.param("commentId")));
    }

    private static DriveComment live(DriveComment comment) {
        if (comment.deleted()) {
            throw commentNotFound(comment.id());
        }
        return comment;
    }

    private static GoogleException commentNotFound(String id) {
        return new GoogleException(404, "NOT_FOUND", "Comment not found: " + id + ".", "notFound", "commentId",
                "parameter");
    }

    private static Reply findReply(DriveComment comment, String id) {
        return comment.replies().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> replyNotFound(id));
    }

    private static GoogleException replyNotFound(String id) {
        return new GoogleException(404, "NOT_FOUND", "Reply not found: " + id + ".", "notFound", "replyId",
                "parameter");
    }

    private static ObjectNode author(GoogleCall c, String accountId) {
        GoogleAccount author = c.state().get(GoogleAuth.ACCOUNTS, accountId).orElse(null);
        ObjectNode a = Json.object().put("kind", "drive#user")
                .put("displayName", author == null ? "" : author.displayName())
                .put("me", accountId.equals(c.caller().id()));
        if (author != null) {
            a.put("emailAddress", author.email());
        }
        return a;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static ObjectNode json(GoogleCall c, DriveComment x) {
        ObjectNode o = Json.object().put("kind", "drive#comment").put("id", x.id())
                .put("createdTime", Rfc3339.format(x.createdTime())).put("modifiedTime", Rfc3339.format(x.modifiedTime()));
        o.set("author", author(c, x.authorId()));
        if (!x.deleted()) {
            o.put("htmlContent", html(x.content())).put("content", x.content());
        }
        o.put("deleted", x.deleted()).put("resolved", x.resolved());
        if (x.anchor() != null) {
            o.put("anchor", x.anchor());
        }
        if (x.quotedValue() != null) {
            o.putObject("quotedFileContent").put("mimeType", x.quotedMimeType()).put("value", x.quotedValue());
        }
        ArrayNode replies = o.putArray("replies");
        x.replies().stream().filter(r -> !r.deleted()).forEach(r -> replies.add(reply(c, r)));
        return o;
    }

    private static ObjectNode reply(GoogleCall c, Reply r) {
        ObjectNode o = Json.object().put("kind", "drive#reply").put("id", r.id())
                .put("createdTime", Rfc3339.format(r.createdTime())).put("modifiedTime", Rfc3339.format(r.modifiedTime()));
        o.set("author", author(c, r.authorId()));
        if (!r.deleted()) {
            o.put("htmlContent", html(r.content())).put("content", r.content());
        }
        o.put("deleted", r.deleted());
        if (r.action() != null) {
            o.put("action", r.action());
        }
        return o;
    }
}
