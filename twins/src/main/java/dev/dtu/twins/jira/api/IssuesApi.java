package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.errors.JiraErrors;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.IssueLinkType;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.ProjectPermission;
import java.util.List;

/** Create, read, edit, delete and assign issues; link them. */
final class IssuesApi {
    private IssuesApi() {}

    static void routes(Routes r) {
        r.post("/rest/api/3/issue", IssuesApi::create)
                .post("/rest/api/3/issue/bulk", IssuesApi::createBulk)
                .get("/rest/api/3/issue/{issueIdOrKey}", IssuesApi::get)
                .put("/rest/api/3/issue/{issueIdOrKey}", IssuesApi::edit)
                .delete("/rest/api/3/issue/{issueIdOrKey}", IssuesApi::delete)
                .put("/rest/api/3/issue/{issueIdOrKey}/assignee", IssuesApi::assign)
                .post("/rest/api/3/issueLink", IssuesApi::link)
                .get("/rest/api/3/issueLink/{linkId}", c -> Response.json(200, new IssueViews(c.base(), c.dir()).issueLink(issueLink(c))))
                .delete("/rest/api/3/issueLink/{linkId}", IssuesApi::unlink);
    }

    static Response create(ApiCall c) {
        return create(c, c.objectBody());
    }

    static Response create(ApiCall c, JsonNode body) {
        mayCreate(c, body.get("fields"));
        Issue issue = c.write(site -> site.createIssue(c.actor().accountId(), body.get("fields"), body.get("update")));
        return Response.json(201, created(c, issue));
    }

    /**
     * A project the caller cannot browse is as unknown as a missing one; one they browse but may not create in gets
     * Jira's 400 on the project field ("Create issue": 400 "is by a user who does not have the necessary permission").
     */
    private static void mayCreate(ApiCall c, JsonNode fields) {
        JsonNode ref = fields == null ? null : fields.get("project");
        if (ref == null || !ref.isObject()) {
            return;
        }
        String idOrKey = ref.has("id") ? ref.path("id").asText() : ref.path("key").asText(null);
        c.dir().project(idOrKey).ifPresent(p -> {
            if (!c.can(ProjectPermission.BROWSE_PROJECTS, p)) {
                throw JiraException.field("project", "Specify a valid project ID or key");
            }
            if (!c.can(ProjectPermission.CREATE_ISSUES, p)) {
                throw JiraException.field("project", "You do not have permission to create issues in this project.");
            }
        });
    }

    private static ObjectNode created(ApiCall c, Issue issue) {
        return Json.object().put("id", issue.id()).put("key", issue.key()).put("self", c.base() + "/rest/api/3/issue/" + issue.id());
    }

    /** Jira creates every valid issue of a bulk request and reports the others by their position. */
    static Response createBulk(ApiCall c) {
        JsonNode updates = c.objectBody().path("issueUpdates");
        if (!updates.isArray()) {
            throw JiraException.message(400, ApiCall.BAD_PAYLOAD);
        }
        ObjectNode out = Json.object();
        ArrayNode issues = out.putArray("issues");
        ArrayNode errors = out.putArray("errors");
        for (int i = 0; i < updates.size(); i++) {
            JsonNode u = updates.get(i);
            try {
                mayCreate(c, u.get("fields"));
                issues.add(created(c, c.write(site -> site.createIssue(c.actor().accountId(), u.get("fields"), u.get("update")))));
            } catch (JiraException e) {
                ObjectNode err = errors.addObject();
                err.put("status", e.status());
                err.set("elementErrors", Json.tree(new JiraErrors.ErrorCollection(e.errorMessages(), e.errors())));
                err.put("failedElementNumber", i);
            }
        }
        return Response.json(issues.isEmpty() && !errors.isEmpty() ? 400 : 201, out);
    }

    static Response get(ApiCall c) {
        Issue issue = c.issue();
        FieldSelection fields = FieldSelection.parse(c.queryList("fields"), "*all");
        return Response.json(200, new IssueViews(c.base(), c.dir(), c.actor().accountId()).issue(issue, fields, Expand.of(c.queryList("expand"))));
    }

    static Response edit(ApiCall c) {
        Issue issue = c.issue();
        c.require(ProjectPermission.EDIT_ISSUES, issue, 400, "You do not have permission to edit issues in this project.");
        JsonNode body = c.objectBody();
        Issue updated = c.write(site -> site.editIssue(c.actor().accountId(), issue, body.get("fields"), body.get("update")));
        if (c.boolQuery("returnIssue", false)) {
            return Response.json(200, new IssueViews(c.base(), c.dir(), c.actor().accountId()).issue(updated, FieldSelection.parse(java.util.List.of(), "*all"),
                    Expand.of(c.queryList("expand"))));
        }
        return Response.empty(204);
    }

    static Response delete(ApiCall c) {
        Issue issue = c.issue();
        c.require(ProjectPermission.DELETE_ISSUES, issue, 403, "You do not have permission to delete issues in this project.");
        boolean withSubtasks = c.boolQuery("deleteSubtasks", false);
        c.write(site -> {
            site.deleteIssue(c.actor().accountId(), issue, withSubtasks);
            return null;
        });
        return Response.empty(204);
    }

    static Response assign(ApiCall c) {
        Issue issue = c.issue();
        c.require(ProjectPermission.ASSIGN_ISSUES, issue, 403, "You do not have permission to assign issues.");
        JsonNode body = c.body();
        JsonNode assignee = body.isNull() || body.path("accountId").isNull() ? Json.MAPPER.nullNode() : body;
        c.write(site -> site.assign(c.actor().accountId(), issue, assignee));
        return Response.empty(204);
    }

    static Response link(ApiCall c) {
        JsonNode body = c.objectBody();
        JsonNode typeRef = body.path("type");
        String ref = typeRef.has("id") ? typeRef.path("id").asText() : typeRef.path("name").asText();
        IssueLinkType type = IssueLinkType.find(ref)
                .orElseThrow(() -> JiraException.message(404, "No issue link type with name '" + ref + "' found."));
        Issue inward = linked(c, body.path("inwardIssue"));
        Issue outward = linked(c, body.path("outwardIssue"));
        for (Issue i : List.of(inward, outward)) {
            c.require(ProjectPermission.LINK_ISSUES, i, 404, "No Link Issue Permission for issue '" + i.key() + "'.");
        }
        c.write(site -> {
            site.link(c.actor().accountId(), type, inward, outward);
            if (body.path("comment").has("body")) {
                site.addComment(c.actor().accountId(), site.dir().issue(inward.id()).orElseThrow(), body.path("comment").path("body"));
            }
            return null;
        });
        return Response.empty(201);
    }

    /** A link both of whose issues the caller may browse; any other does not exist for them. */
    private static dev.dtu.twins.jira.model.IssueLink issueLink(ApiCall c) {
        String id = c.param("linkId");
        return c.dir().state().get(dev.dtu.twins.jira.model.JiraKinds.LINKS, id)
                .filter(l -> c.visibleIssue(l.inwardIssueId()).isPresent() && c.visibleIssue(l.outwardIssueId()).isPresent())
                .orElseThrow(() -> JiraException.message(404, "No issue link with id '" + id + "' exists."));
    }

    static Response unlink(ApiCall c) {
        var link = issueLink(c);
        for (String issueId : List.of(link.inwardIssueId(), link.outwardIssueId())) {
            Issue i = c.dir().issue(issueId).orElseThrow();
            c.require(ProjectPermission.LINK_ISSUES, i, 403, "No Link Issue Permission for issue '" + i.key() + "'.");
        }
        c.write(site -> {
            site.unlink(c.actor().accountId(), link);
            return null;
        });
        return Response.empty(204);
    }

    private static Issue linked(ApiCall c, JsonNode ref) {
        String idOrKey = ref.has("key") ? ref.path("key").asText() : ref.path("id").asText(null);
        return c.visibleIssue(idOrKey).orElseThrow(() -> JiraException.message(404, "Issue Does Not Exist"));
    }
}
