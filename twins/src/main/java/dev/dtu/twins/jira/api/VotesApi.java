package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Issue;
import java.util.List;

/**
 * Issue votes (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-votes/): anyone who can
 * browse an issue votes for it once, withdraws the vote (204 even without one), and reads the count and voters.
 * Guessed: the "View voters and watchers" permission and the rule against voting on resolved issues are not
 * modelled; jira.js's live suite votes on the issue it just reported, so reporters may vote.
 */
final class VotesApi {
    private VotesApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/issue/{issueIdOrKey}/votes", VotesApi::get)
                .post("/rest/api/3/issue/{issueIdOrKey}/votes", c -> vote(c, true))
                .delete("/rest/api/3/issue/{issueIdOrKey}/votes", c -> vote(c, false));
    }

    static Response get(ApiCall c) {
        Issue issue = c.issue();
        List<String> ids = voters(c, issue);
        ObjectNode out = summary(c, issue, ids);
        ArrayNode users = out.putArray("voters");
        Views views = new Views(c.base(), c.dir());
        ids.forEach(id -> c.dir().user(id).ifPresent(u -> users.add(views.user(u))));
        return Response.json(200, out);
    }

    /** The {@code votes} field of an issue: self, count and whether the caller voted. */
    static ObjectNode summary(ApiCall c, Issue issue, List<String> ids) {
        return summary(c.base(), issue, ids, c.actor().accountId());
    }

    static ObjectNode summary(String base, Issue issue, List<String> ids, String viewer) {
        return Json.object().put("self", base + "/rest/api/3/issue/" + issue.key() + "/votes").put("votes", ids.size())
                .put("hasVoted", viewer != null && ids.contains(viewer));
    }

    static Response vote(ApiCall c, boolean on) {
        Issue issue = c.issue();
        c.write(site -> {
            site.vote(issue, c.actor().accountId(), on);
            return null;
        });
        return Response.empty(204);
    }

    static List<String> voters(ApiCall c, Issue issue) {
        return c.dir().voters(issue.id());
    }
}
