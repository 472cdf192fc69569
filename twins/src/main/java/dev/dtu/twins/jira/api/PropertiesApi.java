package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Comment;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.IssueType;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.JiraKinds;
import dev.dtu.twins.jira.model.JiraKinds.EntityProperty;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.ProjectPermission;
import dev.dtu.twins.jira.model.Worklog;
import java.util.function.Function;

/**
 * Entity properties of issues, projects, users, comments, worklogs and issue types (api-group-issue-properties,
 * -project-properties, -user-properties, -issue-comment-properties, -issue-worklog-properties,
 * -issue-type-properties): any JSON under a key, at most 32 KB ("The value ... must not exceed 32768 bytes"), keys at most
 * 255 characters. Writing answers 201 when the key is new and 200 when it replaced a value; reads need Browse, writes
 * Edit Issues / Administer Projects; a user's properties are the caller's own unless the caller administers Jira;
 * a comment's take its author or Edit All Comments, a worklog's Edit Issues (the twin's work-logging permission),
 * an issue type's Administer Jira (read by anyone).
 */
final class PropertiesApi {
    static final int MAX_VALUE_BYTES = 32_768;
    static final int MAX_KEY = 255;

    /** One kind of entity: how its id and self path are found from a request, and who may write. */
    private record Entity(String type, Function<ApiCall, String> id, Function<ApiCall, String> path, Function<ApiCall, Boolean> mayWrite) {}

    private static final Entity ISSUE = new Entity("issue", c -> c.issue().id(),
            c -> "/rest/api/3/issue/" + c.issue().id() + "/properties",
            c -> c.can(ProjectPermission.EDIT_ISSUES, c.issue()));
    private static final Entity PROJECT = new Entity("project", c -> project(c).id(),
            c -> "/rest/api/3/project/" + project(c).id() + "/properties",
            c -> c.can(ProjectPermission.ADMINISTER_PROJECTS, project(c)));
    private static final Entity USER = new Entity("user", PropertiesApi::account,
            c -> "/rest/api/3/user/properties", c -> account(c).equals(c.actor().accountId())
                    || DeclaredApi.granted(c.actor(), "ADMINISTER"));

    private static final Entity COMMENT = new Entity("comment", c -> comment(c).id(),
            c -> "/rest/api/3/comment/" + comment(c).id() + "/properties", c -> {
                Comment m = comment(c);
                Issue issue = c.dir().issue(m.issueId()).orElseThrow();
                return c.can(ProjectPermission.EDIT_ALL_COMMENTS, issue)
                        || (m.authorAccountId().equals(c.actor().accountId()) && c.can(ProjectPermission.EDIT_OWN_COMMENTS, issue));
            });
    private static final Entity WORKLOG = new Entity("worklog", c -> worklog(c).id(),
            c -> "/rest/api/3/issue/" + c.issue().id() + "/worklog/" + worklog(c).id() + "/properties",
            c -> c.can(ProjectPermission.EDIT_ISSUES, c.issue()));
    private static final Entity ISSUE_TYPE = new Entity("issuetype", c -> issueType(c).id(),
            c -> "/rest/api/3/issuetype/" + issueType(c).id() + "/properties", c -> DeclaredApi.granted(c.actor(), "ADMINISTER"));

    private PropertiesApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/issue/picker", PickerApi::picker);
        serve(r, "/rest/api/3/issue/{issueIdOrKey}/properties", ISSUE);
        serve(r, "/rest/api/3/project/{projectIdOrKey}/properties", PROJECT);
        serve(r, "/rest/api/3/user/properties", USER);
        serve(r, "/rest/api/3/comment/{commentId}/properties", COMMENT);
        serve(r, "/rest/api/3/issue/{issueIdOrKey}/worklog/{worklogId}/properties", WORKLOG);
        serve(r, "/rest/api/3/issuetype/{issueTypeId}/properties", ISSUE_TYPE);
    }

    private static void serve(Routes r, String collection, Entity e) {
        r.get(collection, c -> keys(c, e))
                .get(collection + "/{propertyKey}", c -> get(c, e))
                .put(collection + "/{propertyKey}", c -> set(c, e))
                .delete(collection + "/{propertyKey}", c -> delete(c, e));
    }

    static Response keys(ApiCall c, Entity e) {
        String prefix = e.type() + "/" + e.id().apply(c) + "/";
        ObjectNode out = Json.object();
        ArrayNode keys = out.putArray("keys");
        c.dir().state().all(JiraKinds.PROPERTIES).subMap(prefix, prefix + "\uffff").keySet().forEach(k -> {
            String key = k.substring(prefix.length());
            keys.addObject().put("self", c.base() + e.path().apply(c) + "/" + key).put("key", key);
        });
        return Response.json(200, out);
    }

    static Response get(ApiCall c, Entity e) {
        String key = c.param("propertyKey");
        EntityProperty p = c.dir().state().get(JiraKinds.PROPERTIES, e.type() + "/" + e.id().apply(c) + "/" + key)
                .orElseThrow(() -> JiraException.message(404, "The property with key '" + key + "' does not exist."));
        ObjectNode out = Json.object().put("key", key);
        out.set("value", p.value());
        return Response.json(200, out);
    }

    static Response set(ApiCall c, Entity e) {
        String key = c.param("propertyKey");
        String id = e.id().apply(c);
        if (!e.mayWrite().apply(c)) {
            throw JiraException.message(403, "You do not have permission to edit the properties of this " + e.type() + ".");
        }
        if (key.length() > MAX_KEY) {
            throw JiraException.message(400, "The property key must not exceed " + MAX_KEY + " characters.");
        }
        byte[] raw = c.call().request().body();
        if (raw.length == 0) {
            throw JiraException.message(400, "The property value must not be empty.");
        }
        if (raw.length > MAX_VALUE_BYTES) {
            throw JiraException.message(400, "The property value exceeds the limit of " + MAX_VALUE_BYTES + " bytes.");
        }
        JsonNode value = c.body();
        boolean existed = c.call().write(tx -> {
            boolean had = tx.get(JiraKinds.PROPERTIES, e.type() + "/" + id + "/" + key).isPresent();
            tx.put(JiraKinds.PROPERTIES, e.type() + "/" + id + "/" + key, new EntityProperty(value));
            return had;
        });
        return Response.empty(existed ? 200 : 201);
    }

    static Response delete(ApiCall c, Entity e) {
        String key = c.param("propertyKey");
        String id = e.id().apply(c);
        if (!e.mayWrite().apply(c)) {
            throw JiraException.message(403, "You do not have permission to edit the properties of this " + e.type() + ".");
        }
        String stored = e.type() + "/" + id + "/" + key;
        if (c.dir().state().get(JiraKinds.PROPERTIES, stored).isEmpty()) {
            throw JiraException.message(404, "The property with key '" + key + "' does not exist.");
        }
        c.call().write(tx -> {
            tx.remove(JiraKinds.PROPERTIES, stored);
            return null;
        });
        return Response.empty(204);
    }

    private static Project project(ApiCall c) {
        String key = c.param("projectIdOrKey");
        return c.visibleProject(key).orElseThrow(() -> JiraException.message(404, "No project could be found with key '" + key + "'."));
    }

    /** A comment on an issue the caller may browse (any other does not exist for them). */
    private static Comment comment(ApiCall c) {
        String id = c.param("commentId");
        return c.dir().state().all(JiraKinds.COMMENTS).values().stream().filter(m -> m.id().equals(id))
                .filter(m -> c.visibleIssue(m.issueId()).isPresent()).findFirst()
                .orElseThrow(() -> JiraException.message(404, "Can not find a comment for the id: " + id + "."));
    }

    private static Worklog worklog(ApiCall c) {
        String id = c.param("worklogId");
        return c.dir().worklogs(c.issue().id()).stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> JiraException.message(404, "Cannot find worklog with id: " + id + "."));
    }

    private static IssueType issueType(ApiCall c) {
        String id = c.param("issueTypeId");
        return c.dir().issueType(id)
                .orElseThrow(() -> JiraException.message(404, "The issue type with id '" + id + "' does not exist."));
    }

    /** "accountId" is required although the spec marks it optional (Jira answers 400 without it). */
    private static String account(ApiCall c) {
        String id = c.query("accountId").orElseThrow(() -> JiraException.message(400, "The accountId query parameter needs to be provided."));
        return c.dir().user(id).map(u -> u.accountId())
                .orElseThrow(() -> JiraException.message(404, "The user with account ID '" + id + "' does not exist."));
    }
}
