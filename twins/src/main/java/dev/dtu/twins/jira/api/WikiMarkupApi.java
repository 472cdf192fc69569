package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Adf;
import dev.dtu.twins.jira.model.Comment;
import dev.dtu.twins.jira.model.JiraException;

/**
 * The two REST v2 writes that clients still use when they hold plain text rather than ADF: jira.js 6 sends a
 * string comment body to v2's add-comment, and a string description to v2's create-issue, then reads the
 * result back through v3. v2 takes wiki markup; Jira stores it as a document, as here (one paragraph a line).
 */
final class WikiMarkupApi {
    private WikiMarkupApi() {}

    static void routes(Routes r) {
        r.post("/rest/api/2/issue", WikiMarkupApi::createIssue)
                .post("/rest/api/2/issue/{issueIdOrKey}/comment", WikiMarkupApi::addComment);
    }

    static Response createIssue(ApiCall c) {
        JsonNode body = c.objectBody().deepCopy();
        JsonNode description = body.path("fields").path("description");
        if (description.isTextual() && !description.asText().isBlank()) {
            ((ObjectNode) body.get("fields")).set("description", Adf.fromText(description.asText()));
        }
        return IssuesApi.create(c, body);
    }

    static Response addComment(ApiCall c) {
        JsonNode text = c.objectBody().get("body");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw JiraException.field("comment", "Comment body can not be empty!");
        }
        Comment comment = CommentsApi.added(c, Adf.fromText(text.asText()));
        ObjectNode view = new IssueViews(c.base(), c.dir()).comment(comment, false);
        view.put("self", view.path("self").asText().replace("/rest/api/3/", "/rest/api/2/"));
        view.put("body", text.asText()); // v2 answers in the wiki markup it was given
        return Response.json(201, view);
    }
}
