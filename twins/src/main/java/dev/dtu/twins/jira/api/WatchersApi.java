package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import java.util.List;

/**
 * Issue watchers (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-watchers/): anyone who
 * can browse an issue may read its watchers and watch or unwatch it. Guessed: the twin does not model the "Manage
 * watcher list" permission or Jira's autowatch preference, so a new issue has no watchers.
 */
final class WatchersApi {
    private WatchersApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/issue/{issueIdOrKey}/watchers", WatchersApi::list)
                .post("/rest/api/3/issue/{issueIdOrKey}/watchers", WatchersApi::add)
                .delete("/rest/api/3/issue/{issueIdOrKey}/watchers", WatchersApi::remove)
                .post("/rest/api/3/issue/watching", WatchersApi::bulk);
    }

    static Response list(ApiCall c) {
        Issue issue = c.issue();
        List<String> ids = watchers(c, issue);
        ObjectNode out = summary(c.base(), issue, ids, c.actor().accountId());
        ArrayNode users = out.putArray("watchers");
        Views views = new Views(c.base(), c.dir());
        ids.forEach(id -> c.dir().user(id).ifPresent(u -> users.add(views.user(u))));
        return Response.json(200, out);
    }

    /** The {@code watches} field of an issue: self, count and whether the viewer watches it. */
    static ObjectNode summary(String base, Issue issue, List<String> ids, String viewer) {
        return Json.object().put("self", base + "/rest/api/3/issue/" + issue.key() + "/watchers")
                .put("isWatching", viewer != null && ids.contains(viewer)).put("watchCount", ids.size());
    }

    /** The body is the account id as a JSON string; an empty body means the caller. */
    static Response add(ApiCall c) {
        Issue issue = c.issue();
        String accountId = c.call().request().body().length == 0 ? c.actor().accountId() : accountId(c.body());
        if (c.dir().user(accountId).isEmpty()) {
            // Guessed wording: the spec gives the 404 ("the issue or the user is not found") without its message.
            throw JiraException.message(404, "The user with account ID '" + accountId + "' does not exist.");
        }
        c.write(site -> {
            site.watch(issue, accountId, true);
            return null;
        });
        return Response.empty(204);
    }

    static Response remove(ApiCall c) {
        Issue issue = c.issue();
        String accountId = c.query("accountId").or(() -> c.query("username"))
                .orElseThrow(() -> JiraException.message(400, "The query parameter 'accountId' is required."));
        c.write(site -> {
            site.watch(issue, accountId, false);
            return null;
        });
        return Response.empty(204);
    }

    static Response bulk(ApiCall c) {
        JsonNode ids = c.objectBody().path("issueIds");
        if (!ids.isArray()) {
            throw JiraException.message(400, ApiCall.BAD_PAYLOAD);
        }
        ObjectNode out = Json.object();
        ObjectNode watching = out.putObject("issuesIsWatching");
        ids.forEach(id -> c.visibleIssue(id.asText()).ifPresent(i -> watching.put(i.id(),
                watchers(c, i).contains(c.actor().accountId()))));
        return Response.json(200, out);
    }

    private static String accountId(JsonNode body) {
        if (!body.isTextual() || body.asText().isBlank()) {
            throw JiraException.message(400, ApiCall.BAD_PAYLOAD);
        }
        return body.asText();
    }

    private static List<String> watchers(ApiCall c, Issue issue) {
        return c.dir().watchers(issue.id());
    }
}
