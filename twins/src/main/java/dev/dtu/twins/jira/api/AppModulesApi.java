package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.Project;

/**
 * The routes that act for an installed Connect or Forge app: app properties, UI modifications, app-owned custom field
 * options, values and configurations, JQL function precomputations, app migration. A site's universe installs no
 * Connect or Forge app (its app is an OAuth 2.0 integration), so no caller has an app key these routes would accept:
 * each answers the refusal its reference documents. Also the site's data policy (not app-gated: nothing is blocked)
 * and issue redaction, which needs an Atlassian Guard Premium subscription the site does not have.
 */
final class AppModulesApi {
    // Guessed wording: the reference gives the status codes only.
    private static final String NOT_AN_APP = "Only the app that owns this resource can access it.";

    private AppModulesApi() {}

    static void routes(Routes r) {
        // "Only a Connect app whose key matches addonKey can make this request": 401 is the only refusal documented.
        for (String path : new String[] {"/rest/atlassian-connect/1/addons/{addonKey}/properties",
                "/rest/atlassian-connect/1/addons/{addonKey}/properties/{propertyKey}"}) {
            r.get(path, refuse(401));
        }
        r.put("/rest/atlassian-connect/1/addons/{addonKey}/properties/{propertyKey}", refuse(401))
                .delete("/rest/atlassian-connect/1/addons/{addonKey}/properties/{propertyKey}", refuse(401));
        // Forge: "403 Returned if the request isn't made directly by an app".
        r.get("/rest/forge/1/app/properties", refuse(403))
                .put("/rest/forge/1/app/properties/{propertyKey}", refuse(403))
                .delete("/rest/forge/1/app/properties/{propertyKey}", refuse(403))
                .get("/rest/api/3/uiModifications", refuse(403))
                .post("/rest/api/3/uiModifications", refuse(403))
                .get("/rest/api/3/field/{fieldKey}/option", refuse(403))
                .post("/rest/api/3/field/{fieldKey}/option", refuse(403))
                .put("/rest/api/3/app/field/value", refuse(403))
                .put("/rest/api/3/app/field/{fieldIdOrKey}/value", refuse(403))
                .get("/rest/api/3/app/field/{fieldIdOrKey}/context/configuration", refuse(403))
                .put("/rest/api/3/app/field/{fieldIdOrKey}/context/configuration", refuse(403))
                .get("/rest/api/3/jql/function/computation", refuse(403))
                .post("/rest/api/3/jql/function/computation", refuse(403))
                .post("/rest/atlassian-connect/1/migration/workflow/rule/search", refuse(403))
                // "404 Returned if no migrated Forge module with the given key is found".
                .get("/rest/atlassian-connect/1/migration/{connectKey}/{jiraIssueFieldsKey}/task", c -> {
                    throw JiraException.message(404, "No migration task was found for " + c.param("connectKey") + ".");
                })
                .post("/rest/api/3/redact", AppModulesApi::noGuard)
                .get("/rest/api/3/redact/status/{jobId}", AppModulesApi::noGuard)
                .get("/rest/api/3/data-policy", AppModulesApi::policy)
                .get("/rest/api/3/data-policy/project", AppModulesApi::projectPolicies);
    }

    private static Handler refuse(int status) {
        return c -> {
            throw JiraException.message(status, NOT_AN_APP);
        };
    }

    /** "403 Returned if the AGP subscription is not present." */
    private static Response noGuard(ApiCall c) {
        throw JiraException.message(403, "Redaction requires an Atlassian Guard Premium subscription.");
    }

    static Response policy(ApiCall c) {
        return Response.json(200, Json.object().put("anyContentBlocked", false));
    }

    /** The projects named by {@code ids} (all the caller can browse when none is named), none blocking content. */
    static Response projectPolicies(ApiCall c) {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("projectDataPolicies");
        var ids = c.queryList("ids");
        if (ids.isEmpty()) {
            c.dir().projects().stream().filter(p -> c.visibleProject(p.id()).isPresent())
                    .forEach(p -> entry(list, p));
            return Response.json(200, out);
        }
        for (String id : ids) {
            if (!id.matches("\\d{1,18}")) {
                throw JiraException.message(400, "The project ID '" + id + "' is not valid.");
            }
            Project p = c.visibleProject(id).orElseThrow(
                    () -> JiraException.message(400, "The project with ID '" + id + "' was not found."));
            entry(list, p);
        }
        return Response.json(200, out);
    }

    private static void entry(ArrayNode list, Project p) {
        JsonNode policy = Json.object().put("anyContentBlocked", false);
        list.addObject().put("id", Long.parseLong(p.id())).set("dataPolicy", policy);
    }
}
