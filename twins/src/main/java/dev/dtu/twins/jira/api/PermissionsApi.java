package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.GlobalPermission;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraUser;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.ProjectPermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "Get my permissions": which of the named permissions the caller holds, anywhere, in a project or on an issue. */
final class PermissionsApi {
    private PermissionsApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/mypermissions", PermissionsApi::mine)
                .get("/rest/api/3/permissions", PermissionsApi::all)
                .post("/rest/api/3/permissions/check", PermissionsApi::check)
                .post("/rest/api/3/permissions/project", PermissionsApi::permittedProjects);
    }

    static boolean holds(JiraUser user, GlobalPermission p) {
        return !p.administrative() || RolesApi.administersJira(user);
    }

    /** Every permission the site knows, global and project (no havePermission: this is the catalogue). */
    static Response all(ApiCall c) {
        ObjectNode out = Json.object();
        ObjectNode permissions = out.putObject("permissions");
        for (GlobalPermission p : GlobalPermission.values()) {
            permissions.putObject(p.name()).put("key", p.name()).put("name", p.label()).put("type", "GLOBAL")
                    .put("description", p.description());
        }
        for (ProjectPermission p : ProjectPermission.values()) {
            permissions.putObject(p.name()).put("key", p.name()).put("name", p.label()).put("type", "PROJECT")
                    .put("description", p.description());
        }
        return Response.json(200, out);
    }

    /**
     * "Get bulk permissions": the global permissions asked for that the account holds, and per project permission the
     * projects and issues (of those named) where it holds it. Another account than the caller's needs Administer Jira.
     */
    static Response check(ApiCall c) {
        JsonNode body = c.objectBody();
        JiraUser who = c.actor();
        if (body.hasNonNull("accountId") && !body.path("accountId").asText().equals(who.accountId())) {
            if (!RolesApi.administersJira(who)) {
                throw JiraException.message(403, "You do not have permission to check the permissions of other users.");
            }
            String id = body.path("accountId").asText();
            who = c.dir().user(id).orElseThrow(() -> JiraException.message(400, "The user with account ID '" + id + "' does not exist."));
        }
        ObjectNode out = Json.object();
        ArrayNode global = out.putArray("globalPermissions");
        for (JsonNode key : array(body, "globalPermissions")) {
            GlobalPermission p = GlobalPermission.of(key.asText()).orElseThrow(() -> JiraException.message(400,
                    "Unrecognized global permission: " + key.asText()));
            if (holds(who, p)) {
                global.add(p.name());
            }
        }
        ArrayNode grants = out.putArray("projectPermissions");
        for (JsonNode entry : array(body, "projectPermissions")) {
            if (array(entry, "permissions").isEmpty()) {
                throw JiraException.message(400, "At least one project permission must be provided.");
            }
            for (JsonNode key : array(entry, "permissions")) {
                ProjectPermission p = ProjectPermission.of(key.asText()).orElseThrow(() -> JiraException.message(400,
                        "Unrecognized project permission: " + key.asText()));
                grants.add(grant(c, who, p, entry));
            }
        }
        return Response.json(200, out);
    }

    private static ObjectNode grant(ApiCall c, JiraUser who, ProjectPermission p, JsonNode entry) {
        ObjectNode g = Json.object().put("permission", p.name());
        ArrayNode projects = g.putArray("projects");
        for (JsonNode id : array(entry, "projects")) {
            c.dir().project(id.asText()).filter(pr -> c.permissions().has(who, p, pr))
                    .ifPresent(pr -> projects.add(Long.parseLong(pr.id())));
        }
        ArrayNode issues = g.putArray("issues");
        for (JsonNode id : array(entry, "issues")) {
            c.dir().issue(id.asText()).filter(i -> c.permissions().has(who, p, i))
                    .ifPresent(i -> issues.add(Long.parseLong(i.id())));
        }
        return g;
    }

    private static List<JsonNode> array(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw JiraException.message(400, ApiCall.BAD_PAYLOAD);
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    /** "Get permitted projects": the projects where the caller holds every one of the project permissions named. */
    static Response permittedProjects(ApiCall c) {
        List<ProjectPermission> asked = new ArrayList<>();
        for (JsonNode key : array(c.objectBody(), "permissions")) {
            asked.add(ProjectPermission.of(key.asText()).orElseThrow(() -> JiraException.message(400,
                    "Unrecognized project permission: " + key.asText())));
        }
        ObjectNode out = Json.object();
        ArrayNode projects = out.putArray("projects");
        for (Project p : c.dir().projects()) {
            if (asked.stream().allMatch(perm -> c.can(perm, p))) {
                projects.addObject().put("id", Long.parseLong(p.id())).put("key", p.key());
            }
        }
        return Response.json(200, out);
    }

    static Response mine(ApiCall c) {
        List<String> keys = c.queryList("permissions");
        if (keys.isEmpty()) {
            throw JiraException.message(400, "The 'permissions' query parameter is required.");
        }
        Optional<Issue> issue = issue(c);
        Optional<Project> project = issue.isPresent() ? Optional.empty() : project(c);
        ObjectNode out = Json.object();
        ObjectNode permissions = out.putObject("permissions");
        for (String key : keys) {
            Optional<GlobalPermission> global = GlobalPermission.of(key);
            if (global.isPresent()) {
                GlobalPermission g = global.get();
                permissions.putObject(g.name()).put("id", g.id()).put("key", g.name()).put("name", g.label())
                        .put("type", "GLOBAL").put("description", g.description()).put("havePermission", holds(c.actor(), g));
                continue;
            }
            ProjectPermission p = ProjectPermission.of(key).orElseThrow(() -> JiraException.message(400,
                    "The permission key '" + key + "' is not valid."));
            boolean have = issue.map(i -> c.can(p, i))
                    .orElseGet(() -> project.map(pr -> c.can(p, pr)).orElseGet(() -> c.permissions().hasAnywhere(c.actor(), p)));
            permissions.putObject(p.name()).put("id", p.id()).put("key", p.name()).put("name", p.label()).put("type", "PROJECT")
                    .put("description", p.description()).put("havePermission", have);
        }
        return Response.json(200, out);
    }

    /** issueId wins over issueKey, as projectId over projectKey. */
    private static Optional<Issue> issue(ApiCall c) {
        return c.query("issueId").or(() -> c.query("issueKey"))
                .map(ref -> c.visibleIssue(ref).orElseThrow(JiraException::issueNotFound));
    }

    private static Optional<Project> project(ApiCall c) {
        Optional<String> id = c.query("projectId");
        Optional<String> ref = id.or(() -> c.query("projectKey"));
        return ref.map(r -> c.visibleProject(r).orElseThrow(() -> JiraException.message(404,
                "No project could be found with " + (id.isPresent() ? "id" : "key") + " '" + r + "'.")));
    }
}
