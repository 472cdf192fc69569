package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.ProjectPermission;

/** GET the transitions an issue can take now; POST one of them. */
final class TransitionsApi {
    private TransitionsApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/issue/{issueIdOrKey}/transitions", TransitionsApi::list)
                .post("/rest/api/3/issue/{issueIdOrKey}/transitions", TransitionsApi::transition);
    }

    static Response list(ApiCall c) {
        Issue issue = c.issue();
        IssueViews views = new IssueViews(c.base(), c.dir());
        ObjectNode out = Json.object().put("expand", "transitions");
        ArrayNode transitions = out.putArray("transitions");
        String only = c.query("transitionId").orElse(null);
        c.dir().transitions(issue).stream().filter(t -> c.can(ProjectPermission.TRANSITION_ISSUES, issue)).filter(t -> only == null || t.id().equals(only))
                .forEach(t -> transitions.add(views.transition(t)));
        return Response.json(200, out);
    }

    static Response transition(ApiCall c) {
        Issue issue = c.issue();
        c.require(ProjectPermission.TRANSITION_ISSUES, issue, 400, "You do not have permission to transition this issue.");
        JsonNode body = c.objectBody();
        JsonNode id = body.path("transition").path("id");
        String transitionId = id.isMissingNode() || id.isNull() ? null : id.asText();
        c.write(site -> site.transition(c.actor().accountId(), issue, transitionId, body.get("fields"), body.get("update")));
        return Response.empty(204);
    }
}
