package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.ProjectPermission;
import dev.dtu.twins.jira.model.agile.Agile;
import dev.dtu.twins.jira.model.agile.Board;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jira Software's issue operations: the agile issue view, rank
 * (https://developer.atlassian.com/cloud/jira/software/rest/api-group-issue/), the backlog
 * (api-group-backlog) and epics (api-group-epic). Moving or ranking needs Edit Issues on every issue named; a request
 * names at most 50.
 */
final class AgileIssuesApi {
    private AgileIssuesApi() {}

    static void routes(Routes r) {
        r.put("/rest/agile/1.0/issue/rank", AgileIssuesApi::rank)
                .get("/rest/agile/1.0/issue/{issueIdOrKey}", c -> Response.json(200, new AgileViews(c)
                        .issue(c.issue(), FieldSelection.parse(c.queryList("fields"), "*all"), Expand.of(c.queryList("expand")))))
                .get("/rest/agile/1.0/issue/{issueIdOrKey}/estimation", AgileIssuesApi::estimation)
                .post("/rest/agile/1.0/backlog/issue", c -> backlog(c, Optional.empty()))
                .post("/rest/agile/1.0/backlog/{boardId}/issue", c -> backlog(c, Optional.of(BoardsApi.board(c))))
                .post("/rest/agile/1.0/epic/none/issue", c -> toEpic(c, null))
                .get("/rest/agile/1.0/epic/{epicIdOrKey}", c -> Response.json(200, new AgileViews(c).epic(epic(c))))
                .post("/rest/agile/1.0/epic/{epicIdOrKey}", AgileIssuesApi::updateEpic)
                .post("/rest/agile/1.0/epic/{epicIdOrKey}/issue", c -> toEpic(c, epic(c)));
        for (String root : List.of("/rest/agile/1.0", "/rest/software/1.0")) {
            boolean tokens = root.contains("software");
            r.get(root + "/epic/none/issue", c -> epicIssues(c, tokens, null))
                    .get(root + "/epic/{epicIdOrKey}/issue", c -> epicIssues(c, tokens, epic(c)));
        }
    }

    /** "Moves (ranks) issues before or after a given issue"; answers 204 with nothing when every issue moved. */
    static Response rank(ApiCall c) {
        JsonNode body = c.objectBody();
        List<Issue> issues = issues(c, body);
        Optional<Issue> before = anchor(c, body, "rankBeforeIssue");
        Optional<Issue> after = anchor(c, body, "rankAfterIssue");
        if (before.isEmpty() && after.isEmpty()) {
            throw JiraException.message(400, "Either 'rankBeforeIssue' or 'rankAfterIssue' must be given.");
        }
        if (before.isPresent() && after.isPresent()) {
            throw JiraException.message(400, "Only one of 'rankBeforeIssue' and 'rankAfterIssue' may be given.");
        }
        c.agileWrite(a -> {
            SprintsApi.rank(a, issues, before, after);
            return null;
        });
        return Response.empty(204);
    }

    /** Guessed: the board's estimation field is the story point estimate, which the twin does not store (no value). */
    static Response estimation(ApiCall c) {
        c.issue();
        String boardId = c.query("boardId").orElseThrow(() -> JiraException.message(400, "The 'boardId' parameter is required."));
        Board b = c.agile().board(boardId).filter(x -> BoardsApi.visible(c, x))
                .orElseThrow(() -> JiraException.message(404, BoardsApi.NO_BOARD));
        if (!b.scrum()) {
            throw JiraException.message(400, "The board does not use estimation.");
        }
        return Response.json(200, Json.object().put("fieldId", "customfield_10016"));
    }

    static Response backlog(ApiCall c, Optional<Board> board) {
        JsonNode body = c.objectBody();
        List<Issue> issues = issues(c, body);
        Optional<Issue> before = board.isPresent() ? anchor(c, body, "rankBeforeIssue") : Optional.empty();
        Optional<Issue> after = board.isPresent() ? anchor(c, body, "rankAfterIssue") : Optional.empty();
        c.agileWrite(a -> {
            a.moveToBacklog(issues);
            SprintsApi.rank(a, issues, before, after);
            return null;
        });
        return Response.empty(204);
    }

    static Response toEpic(ApiCall c, Issue epic) {
        List<Issue> issues = issues(c, c.objectBody());
        c.agileWrite(a -> {
            a.moveToEpic(epic, issues);
            return null;
        });
        return Response.empty(204);
    }

    static Response updateEpic(ApiCall c) {
        Issue epic = epic(c);
        c.require(ProjectPermission.EDIT_ISSUES, epic, 403, "You do not have permission to edit the epic " + epic.key() + ".");
        JsonNode body = c.objectBody();
        Optional<String> color = Optional.ofNullable(body.path("color").path("key").asText(null));
        if (color.isPresent() && !color.get().matches("color_([1-9]|1[0-4])")) {
            throw JiraException.field("color", "The colour key '" + color.get() + "' is not valid: use color_1 to color_14.");
        }
        Optional<String> name = Optional.ofNullable(FiltersApi.text(body, "name"));
        Optional<Boolean> done = body.path("done").isBoolean() ? Optional.of(body.path("done").asBoolean()) : Optional.empty();
        c.agileWrite(a -> a.updateEpic(epic, name, color, done));
        Optional.ofNullable(FiltersApi.text(body, "summary")).ifPresent(summary -> c.write(site -> site.editIssue(
                c.actor().accountId(), epic, Json.object().put("summary", summary), null)));
        return Response.json(200, new AgileViews(c).epic(c.dir().issue(epic.id()).orElseThrow()));
    }

    static Response epicIssues(ApiCall c, boolean tokens, Issue epic) {
        String epicId = epic == null ? null : epic.id();
        List<Issue> in = c.dir().issues().stream().filter(i -> c.visibleIssue(i.id()).isPresent())
                .filter(i -> !c.agile().isEpic(i) && java.util.Objects.equals(c.agile().fields(i).epicId(), epicId))
                .sorted(c.agile().byRank()).toList();
        List<Issue> found = BoardsApi.narrowed(c, in);
        AgileViews views = new AgileViews(c);
        return Response.json(200, tokens ? AgilePaging.tokenIssues(c, found, views::issue) : AgilePaging.issues(c, found, views::issue));
    }

    static Issue epic(ApiCall c) {
        Issue epic = c.visibleIssue(c.param("epicIdOrKey"))
                .orElseThrow(() -> JiraException.message(404, "Epic does not exist or you do not have permission to see it."));
        if (!c.agile().isEpic(epic)) {
            throw JiraException.message(404, "Issue " + epic.key() + " is not an epic.");
        }
        return epic;
    }

    /** The body's {@code issues} (keys or ids, 1 to 50), each one the caller may edit. */
    static List<Issue> issues(ApiCall c, JsonNode body) {
        JsonNode keys = body.path("issues");
        if (!keys.isArray() || keys.isEmpty()) {
            throw JiraException.field("issues", "At least one issue must be given.");
        }
        if (keys.size() > Agile.MAX_ISSUES) {
            throw JiraException.field("issues", "At most " + Agile.MAX_ISSUES + " issues can be moved in one operation.");
        }
        List<Issue> out = new ArrayList<>();
        for (JsonNode key : keys) {
            Issue issue = c.visibleIssue(key.asText()).orElseThrow(() -> JiraException.message(400,
                    "Issue '" + key.asText() + "' does not exist or you do not have permission to see it."));
            c.require(ProjectPermission.EDIT_ISSUES, issue, 403, "You do not have permission to edit issue " + issue.key() + ".");
            out.add(issue);
        }
        return out;
    }

    static Optional<Issue> anchor(ApiCall c, JsonNode body, String field) {
        String key = FiltersApi.text(body, field);
        if (key == null) {
            return Optional.empty();
        }
        return Optional.of(c.visibleIssue(key).orElseThrow(() -> JiraException.message(400,
                "Issue '" + key + "' does not exist or you do not have permission to see it.")));
    }
}
