package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Issue;
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
        r.get("/rest/api/3/mypermissions", PermissionsApi::mine);
    }

    static Response mine(ApiCall c) {
        List<ProjectPermission> asked = asked(c);
        Optional<Issue> issue = issue(c);
        Optional<Project> project = issue.isPresent() ? Optional.empty() : project(c);
        ObjectNode out = Json.object();
        ObjectNode permissions = out.putObject("permissions");
        for (ProjectPermission p : asked) {
            boolean have = issue.map(i -> c.can(p, i))
                    .orElseGet(() -> project.map(pr -> c.can(p, pr)).orElseGet(() -> c.permissions().hasAnywhere(c.actor(), p)));
            permissions.putObject(p.name()).put("id", p.id()).put("key", p.name()).put("name", p.label()).put("type", "PROJECT")
                    .put("description", p.description()).put("havePermission", have);
        }
        return Response.json(200, out);
    }

    private static List<ProjectPermission> asked(ApiCall c) {
        List<String> keys = c.queryList("permissions");
        if (keys.isEmpty()) {
            throw JiraException.message(400, "The 'permissions' query parameter is required.");
        }
        List<ProjectPermission> out = new ArrayList<>();
        for (String key : keys) {
            out.add(ProjectPermission.of(key).orElseThrow(() -> JiraException.message(400,
                    "The permission key '" + key + "' is not valid.")));
        }
        return out;
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
