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
                .get("/rest/api/3/user/assignable/search", UsersApi::assignable);
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

    private static boolean matches(JiraUser u, String query) {
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
