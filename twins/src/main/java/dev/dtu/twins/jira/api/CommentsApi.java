package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Comment;
import dev.dtu.twins.jira.model.Comments;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.ProjectPermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An issue's comments, with bodies in Atlassian Document Format. */
final class CommentsApi {
    private CommentsApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/issue/{issueIdOrKey}/comment", CommentsApi::list)
                .post("/rest/api/3/issue/{issueIdOrKey}/comment", CommentsApi::add)
                .get("/rest/api/3/issue/{issueIdOrKey}/comment/{id}", CommentsApi::get)
                .put("/rest/api/3/issue/{issueIdOrKey}/comment/{id}", CommentsApi::update)
                .delete("/rest/api/3/issue/{issueIdOrKey}/comment/{id}", CommentsApi::delete);
    }

    static Response list(ApiCall c) {
        Issue issue = c.issue();
        List<Comment> comments = new ArrayList<>(c.dir().comments(issue.id()));
        if (c.query("orderBy").filter(o -> o.equals("-created")).isPresent()) {
            Collections.reverse(comments);
        }
        int startAt = Math.max(0, c.intQuery("startAt", 0));
        int maxResults = Math.clamp(c.intQuery("maxResults", 5000), 0, 5000);
        boolean rendered = Expand.of(c.queryList("expand")).contains("renderedBody");
        return Response.json(200, new IssueViews(c.base(), c.dir()).commentsPage(issue, comments, startAt, maxResults, rendered));
    }

    static Response add(ApiCall c) {
        return Response.json(201, new IssueViews(c.base(), c.dir()).comment(added(c, c.objectBody().get("body")), false));
    }

    static Comment added(ApiCall c, JsonNode body) {
        Issue issue = c.issue();
        c.require(ProjectPermission.ADD_COMMENTS, issue, 400, "You do not have the permission to comment on this issue.");
        return c.write(site -> site.addComment(c.actor().accountId(), issue, body));
    }

    static Response get(ApiCall c) {
        Issue issue = c.issue();
        return Response.json(200, new IssueViews(c.base(), c.dir()).comment(comment(c, issue), rendered(c)));
    }

    static Response update(ApiCall c) {
        Issue issue = c.issue();
        Comment existing = comment(c, issue);
        mayChange(c, issue, existing, ProjectPermission.EDIT_ALL_COMMENTS, ProjectPermission.EDIT_OWN_COMMENTS,
                "You do not have the permission to edit this comment.");
        JsonNode body = c.objectBody().get("body");
        Comment updated = c.write(site -> site.updateComment(c.actor().accountId(), issue, existing, body));
        return Response.json(200, new IssueViews(c.base(), c.dir()).comment(updated, rendered(c)));
    }

    static Response delete(ApiCall c) {
        Issue issue = c.issue();
        Comment existing = comment(c, issue);
        mayChange(c, issue, existing, ProjectPermission.DELETE_ALL_COMMENTS, ProjectPermission.DELETE_OWN_COMMENTS,
                "You do not have the permission to delete this comment.");
        c.write(site -> {
            site.deleteComment(c.actor().accountId(), issue, existing);
            return null;
        });
        return Response.empty(204);
    }

    /**
     * Anyone's comment with the "all" permission, one's own with the "own" one. Atlassian's reference answers 400 for
     * both ("Update comment", "Delete comment": "the user does not have permission to edit/delete the comment").
     */
    private static void mayChange(ApiCall c, Issue issue, Comment comment, ProjectPermission all, ProjectPermission own,
            String message) {
        boolean mine = comment.authorAccountId().equals(c.actor().accountId());
        if (!c.can(all, issue) && !(mine && c.can(own, issue))) {
            throw JiraException.message(400, message);
        }
    }

    private static Comment comment(ApiCall c, Issue issue) {
        return c.dir().comment(issue.id(), c.param("id"))
                .orElseThrow(() -> JiraException.message(404, Comments.notFound(c.param("id"))));
    }

    private static boolean rendered(ApiCall c) {
        return Expand.of(c.queryList("expand")).contains("renderedBody");
    }
}
