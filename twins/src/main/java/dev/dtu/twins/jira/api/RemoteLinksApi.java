package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.ProjectPermission;
import dev.dtu.twins.jira.model.RemoteLink;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Issue remote links (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-remote-links/):
 * create or update (by {@code globalId}), read, list (filtered by {@code globalId}), update by id, delete by id or
 * {@code globalId}. Reading needs Browse projects, writing Link issues.
 */
final class RemoteLinksApi {
    private RemoteLinksApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/issue/{issueIdOrKey}/remotelink", RemoteLinksApi::list)
                .post("/rest/api/3/issue/{issueIdOrKey}/remotelink", RemoteLinksApi::createOrUpdate)
                .delete("/rest/api/3/issue/{issueIdOrKey}/remotelink", RemoteLinksApi::deleteByGlobalId)
                .get("/rest/api/3/issue/{issueIdOrKey}/remotelink/{linkId}", c -> Response.json(200, view(c, link(c, c.issue()))))
                .put("/rest/api/3/issue/{issueIdOrKey}/remotelink/{linkId}", RemoteLinksApi::update)
                .delete("/rest/api/3/issue/{issueIdOrKey}/remotelink/{linkId}", RemoteLinksApi::delete);
    }

    /** Every link; with {@code globalId}, the one link that has it (404 when none, as Jira answers). */
    static Response list(ApiCall c) {
        Issue issue = c.issue();
        Optional<String> globalId = c.query("globalId");
        if (globalId.isPresent()) {
            return Response.json(200, view(c, byGlobalId(c, issue, globalId.get())));
        }
        ArrayNode out = Json.array();
        c.dir().remoteLinks(issue.id()).forEach(l -> out.add(view(c, l)));
        return Response.json(200, out);
    }

    static Response createOrUpdate(ApiCall c) {
        Issue issue = writable(c);
        RemoteLink draft = draft(c.objectBody());
        Optional<RemoteLink> same = draft.globalId() == null ? Optional.empty()
                : c.dir().remoteLinks(issue.id()).stream().filter(l -> draft.globalId().equals(l.globalId())).findFirst();
        RemoteLink saved = c.write(site -> site.putRemoteLink(issue, draft, same));
        ObjectNode out = Json.object().put("id", saved.id()).put("self", self(c, saved));
        return Response.json(same.isPresent() ? 200 : 201, out);
    }

    static Response update(ApiCall c) {
        Issue issue = writable(c);
        RemoteLink old = link(c, issue);
        RemoteLink draft = draft(c.objectBody());
        c.write(site -> site.putRemoteLink(issue, draft, Optional.of(old)));
        return Response.empty(204);
    }

    static Response delete(ApiCall c) {
        Issue issue = writable(c);
        RemoteLink l = link(c, issue);
        c.write(site -> {
            site.removeRemoteLink(l);
            return null;
        });
        return Response.empty(204);
    }

    static Response deleteByGlobalId(ApiCall c) {
        Issue issue = writable(c);
        String globalId = c.query("globalId").orElseThrow(() -> JiraException.message(400, "The global ID must be provided."));
        RemoteLink l = byGlobalId(c, issue, globalId);
        c.write(site -> {
            site.removeRemoteLink(l);
            return null;
        });
        return Response.empty(204);
    }

    private static Issue writable(ApiCall c) {
        Issue issue = c.issue();
        c.require(ProjectPermission.LINK_ISSUES, issue, 403, "You do not have permission to link issues in this project.");
        return issue;
    }

    /** The body's link: {@code object.url} and {@code object.title} are required (Jira names each missing one). */
    private static RemoteLink draft(JsonNode body) {
        JsonNode object = body.path("object");
        Map<String, String> errors = new LinkedHashMap<>();
        if (!object.isObject()) {
            errors.put("object", "'object' is required.");
        } else {
            if (!object.path("url").isTextual() || object.path("url").asText().isBlank()) {
                errors.put("url", "'url' is required.");
            }
            if (!object.path("title").isTextual() || object.path("title").asText().isBlank()) {
                errors.put("title", "'title' is required.");
            }
        }
        if (!errors.isEmpty()) {
            throw JiraException.fields(errors);
        }
        JsonNode app = body.path("application");
        return new RemoteLink(0, null, FiltersApi.text(body, "globalId"), app.isObject() ? app : null,
                FiltersApi.text(body, "relationship"), object);
    }

    private static RemoteLink link(ApiCall c, Issue issue) {
        String id = c.param("linkId");
        return c.dir().remoteLinks(issue.id()).stream().filter(l -> Long.toString(l.id()).equals(id)).findFirst()
                .orElseThrow(() -> JiraException.message(404, "No remote link with id '" + id + "' exists on this issue."));
    }

    private static RemoteLink byGlobalId(ApiCall c, Issue issue, String globalId) {
        return c.dir().remoteLinks(issue.id()).stream().filter(l -> globalId.equals(l.globalId())).findFirst()
                .orElseThrow(() -> JiraException.message(404, "No remote link with global ID '" + globalId + "' exists on this issue."));
    }

    static ObjectNode view(ApiCall c, RemoteLink l) {
        ObjectNode n = Json.object().put("id", l.id()).put("self", self(c, l));
        if (l.globalId() != null) {
            n.put("globalId", l.globalId());
        }
        if (l.application() != null) {
            n.set("application", l.application());
        }
        if (l.relationship() != null) {
            n.put("relationship", l.relationship());
        }
        n.set("object", l.object());
        return n;
    }

    private static String self(ApiCall c, RemoteLink l) {
        String key = c.dir().issue(l.issueId()).map(Issue::key).orElse(l.issueId());
        return c.base() + "/rest/api/3/issue/" + key + "/remotelink/" + l.id();
    }
}
