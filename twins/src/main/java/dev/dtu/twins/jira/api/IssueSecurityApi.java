package dev.dtu.twins.jira.api;

import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.Project;

/**
 * Issue security (api-group-issue-security-schemes, -issue-security-level, project permission schemes' security
 * reads). A site's universe has no issue security scheme, so no issue is restricted by a level: the schemes list is
 * empty, no scheme or level id exists, and a project has no scheme (404) and no levels.
 */
final class IssueSecurityApi {
    private IssueSecurityApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/issuesecurityschemes", c -> {
            requireAdmin(c);
            return Response.json(200, Json.object().set("issueSecuritySchemes", Json.array()));
        }).get("/rest/api/3/issuesecurityschemes/{id}", c -> {
            requireAdmin(c);
            throw JiraException.message(404, "The issue security scheme with ID " + c.param("id") + " does not exist.");
        }).get("/rest/api/3/securitylevel/{id}", c -> {
            throw JiraException.message(404, "The issue security level with ID " + c.param("id") + " does not exist.");
        }).get("/rest/api/3/project/{projectIdOrKey}/issuesecuritylevelscheme", IssueSecurityApi::projectScheme)
                .get("/rest/api/3/project/{projectIdOrKey}/securitylevel", c -> {
                    project(c);
                    return Response.json(200, Json.object().set("levels", Json.array()));
                });
    }

    private static void requireAdmin(ApiCall c) {
        if (!RolesApi.administersJira(c.actor())) {
            throw JiraException.message(403, "You do not have permission to administer issue security schemes.");
        }
    }

    private static Project project(ApiCall c) {
        String ref = c.param("projectIdOrKey");
        return c.visibleProject(ref).orElseThrow(() -> JiraException.message(404,
                "No project could be found with " + (ref.matches("\\d+") ? "id" : "key") + " '" + ref + "'."));
    }

    /** "403 if the project is visible to the user but the user doesn't have administrative permissions". */
    static Response projectScheme(ApiCall c) {
        Project p = project(c);
        requireAdmin(c);
        throw JiraException.message(404, "The project " + p.key() + " has no issue security scheme.");
    }
}
