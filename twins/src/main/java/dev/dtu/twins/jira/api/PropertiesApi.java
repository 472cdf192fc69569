package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.JiraKinds;
import dev.dtu.twins.jira.model.JiraKinds.EntityProperty;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.ProjectPermission;
import java.util.function.Function;

/**
 * Entity properties of issues, projects and users (api-group-issue-properties, -project-properties,
 * -user-properties): any JSON under a key, at most 32 KB ("The value ... must not exceed 32768 bytes"), keys at most
 * 255 characters. Writing answers 201 when the key is new and 200 when it replaced a value; reads need Browse, writes
 * Edit Issues / Administer Projects; a user's properties are the caller's own unless the caller administers Jira.
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

    private PropertiesApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/issue/picker", PickerApi::picker);
        serve(r, "/rest/api/3/issue/{issueIdOrKey}/properties", ISSUE);
        serve(r, "/rest/api/3/project/{projectIdOrKey}/properties", PROJECT);
        serve(r, "/rest/api/3/user/properties", USER);
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

    /** "accountId" is required although the spec marks it optional (Jira answers 400 without it). */
    private static String account(ApiCall c) {
        String id = c.query("accountId").orElseThrow(() -> JiraException.message(400, "The accountId query parameter needs to be provided."));
        return c.dir().user(id).map(u -> u.accountId())
                .orElseThrow(() -> JiraException.message(404, "The user with account ID '" + id + "' does not exist."));
    }
}
