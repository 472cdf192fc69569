package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.JiraUser;
import dev.dtu.twins.jira.model.Permissions;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.ProjectPermission;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The caller, one user, and the user searches (by text, all users, assignable to a project or issue). */
final class UsersApi {
    private UsersApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/myself", UsersApi::myself)
                .get("/rest/api/3/user", UsersApi::user)
                .get("/rest/api/3/user/search", UsersApi::search)
                .get("/rest/api/3/users/search", UsersApi::all)
                .get("/rest/api/3/users", UsersApi::all)
                .get("/rest/api/3/user/assignable/search", UsersApi::assignable)
                .get("/rest/api/3/user/groups", UsersApi::groups)
                .get("/rest/api/3/user/picker", UsersApi::picker)
                .get("/rest/api/3/user/viewissue/search", UsersApi::browsers)
                .get("/rest/api/3/user/permission/search", UsersApi::withPermissions);
    }

    static Response groups(ApiCall c) {
        String accountId = c.query("accountId")
                .orElseThrow(() -> JiraException.message(400, "The query parameter 'accountId' is required."));
        JiraUser user = c.dir().user(accountId).orElseThrow(() -> JiraException.message(404,
                "Specified user does not exist or you do not have required permissions"));
        ArrayNode out = Json.array();
        user.groups().stream().sorted().forEach(g -> out.addObject().put("name", g).put("groupId", Groups.id(g))
                .put("self", c.base() + "/rest/api/3/group?groupId=" + Groups.id(g)));
        return Response.json(200, out);
    }

    static Response picker(ApiCall c) {
        String query = c.query("query").orElseThrow(() -> JiraException.message(400, "The query parameter 'query' is required."));
        return Response.json(200, pickerUsers(c, query, Math.clamp(c.intQuery("maxResults", 50), 0, 1000)));
    }

    /** The picker's shape ({@code users}, {@code total}, {@code header}), shared with the group and user picker. */
    static com.fasterxml.jackson.databind.node.ObjectNode pickerUsers(ApiCall c, String query, int max) {
        List<JiraUser> users = c.dir().users().stream().filter(JiraUser::active).filter(u -> query.isEmpty() || matches(u, query))
                .sorted(java.util.Comparator.comparing(JiraUser::displayName)).toList();
        com.fasterxml.jackson.databind.node.ObjectNode out = Json.object();
        ArrayNode list = out.putArray("users");
        Views views = new Views(c.base(), c.dir());
        users.stream().limit(max).forEach(x -> list.addObject().put("accountId", x.accountId()).put("accountType", "atlassian")
                .put("displayName", x.displayName()).put("html", x.displayName() + " - " + x.emailAddress())
                .put("avatarUrl", views.user(x).path("avatarUrls").path("24x24").asText()));
        return out.put("total", users.size()).put("header", "Showing " + Math.min(max, users.size()) + " of " + users.size()
                + " matching users");
    }

    /** Users who may browse a project or issue; a query or an account id is required, as for the user search. */
    static Response browsers(ApiCall c) {
        String query = c.query("query").orElse(null);
        String accountId = c.query("accountId").orElse(null);
        if (query == null && accountId == null) {
            throw JiraException.message(400, "One of 'query' or 'accountId' query parameters must be provided.");
        }
        return scoped(c, List.of(ProjectPermission.BROWSE_PROJECTS), query, accountId);
    }

    /** Users holding every permission named ({@code permissions}, comma-separated), in a project or issue or anywhere. */
    static Response withPermissions(ApiCall c) {
        List<String> keys = c.queryList("permissions");
        if (keys.isEmpty()) {
            throw JiraException.message(400, "The 'permissions' query parameter is required.");
        }
        List<ProjectPermission> wanted = keys.stream().map(k -> ProjectPermission.of(k)
                .orElseThrow(() -> JiraException.message(400, "The permission key '" + k + "' is not valid."))).toList();
        return scoped(c, wanted, c.query("query").orElse(null), c.query("accountId").orElse(null));
    }

    private static Response scoped(ApiCall c, List<ProjectPermission> wanted, String query, String accountId) {
        String issueRef = c.query("issueKey").or(() -> c.query("issueId")).orElse(null);
        String projectRef = c.query("projectKey").or(() -> c.query("projectId")).orElse(null);
        var issue = issueRef == null ? java.util.Optional.<dev.dtu.twins.jira.model.Issue>empty()
                : java.util.Optional.of(c.visibleIssue(issueRef).orElseThrow(JiraException::issueNotFound));
        var project = issue.isPresent() || projectRef == null ? java.util.Optional.<Project>empty()
                : java.util.Optional.of(c.visibleProject(projectRef).orElseThrow(() -> JiraException.message(404,
                        "No project could be found with key '" + projectRef + "'.")));
        Permissions permissions = c.permissions();
        return page(c, c.dir().users().stream().filter(JiraUser::active)
                .filter(u -> wanted.stream().allMatch(p -> issue.map(i -> permissions.has(u, p, i))
                        .orElseGet(() -> project.map(pr -> permissions.has(u, p, pr)).orElseGet(() -> permissions.hasAnywhere(u, p)))))
                .filter(u -> accountId == null || u.accountId().equals(accountId))
                .filter(u -> query == null || matches(u, query)));
    }

    static Response myself(ApiCall c) {
        return Response.json(200, new Views(c.base(), c.dir()).fullUser(c.actor(), Expand.of(c.queryList("expand"))));
    }

    static Response user(ApiCall c) {
        String accountId = c.query("accountId")
                .orElseThrow(() -> JiraException.message(400, "The query parameter 'accountId' is required."));
        JiraUser user = c.dir().user(accountId).orElseThrow(() -> JiraException.message(404,
                "Specified user does not exist or you do not have required permissions"));
        return Response.json(200, new Views(c.base(), c.dir()).fullUser(user, Expand.of(c.queryList("expand"))));
    }

    /** Matches the start of the display name's words or the email, as Jira's user picker does. */
    static Response search(ApiCall c) {
        String query = c.query("query").orElse(null);
        String accountId = c.query("accountId").orElse(null);
        if (query == null && accountId == null) {
            throw JiraException.message(400, "One of 'query' or 'accountId' query parameters must be provided.");
        }
        return page(c, c.dir().users().stream().filter(JiraUser::active)
                .filter(u -> accountId == null || u.accountId().equals(accountId))
                .filter(u -> query == null || matches(u, query)));
    }

    static Response all(ApiCall c) {
        return page(c, c.dir().users().stream());
    }

    static Response assignable(ApiCall c) {
        String projectRef = c.query("project").orElse(null);
        String issueRef = c.query("issueKey").or(() -> c.query("issueId")).orElse(null);
        if (projectRef == null && issueRef == null) {
            throw JiraException.message(400, "A project, issue key or issue id is required.");
        }
        Project project = issueRef != null ? c.dir().projectOf(c.visibleIssue(issueRef).orElseThrow(JiraException::issueNotFound))
                : c.visibleProject(projectRef).orElseThrow(() -> JiraException.message(404,
                        "No project could be found with key '" + projectRef + "'."));
        String query = c.query("query").orElse(null);
        String accountId = c.query("accountId").orElse(null);
        Permissions permissions = c.permissions();
        return page(c, c.dir().users().stream().filter(JiraUser::active)
                .filter(u -> permissions.has(u, ProjectPermission.ASSIGNABLE_USER, project))
                .filter(u -> accountId == null || u.accountId().equals(accountId))
                .filter(u -> query == null || matches(u, query)));
    }

    static boolean matches(JiraUser u, String query) {
        String q = query.toLowerCase(Locale.ROOT);
        return u.emailAddress().toLowerCase(Locale.ROOT).startsWith(q)
                || Stream.of(u.displayName().toLowerCase(Locale.ROOT).split(" ")).anyMatch(w -> w.startsWith(q))
                || u.displayName().toLowerCase(Locale.ROOT).startsWith(q);
    }

    private static Response page(ApiCall c, Stream<JiraUser> users) {
        int startAt = Math.max(0, c.intQuery("startAt", 0));
        int maxResults = Math.clamp(c.intQuery("maxResults", 50), 0, 1000);
        Views views = new Views(c.base(), c.dir());
        List<JiraUser> sorted = users.sorted(java.util.Comparator.comparing(JiraUser::displayName)).toList();
        ArrayNode out = Json.array();
        sorted.stream().skip(startAt).limit(maxResults).forEach(u -> out.add(views.user(u)));
        return Response.json(200, out);
    }
}
