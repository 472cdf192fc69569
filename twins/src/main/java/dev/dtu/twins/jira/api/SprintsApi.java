package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.ProjectPermission;
import dev.dtu.twins.jira.model.agile.Agile;
import dev.dtu.twins.jira.model.agile.Board;
import dev.dtu.twins.jira.model.agile.Sprint;
import dev.dtu.twins.jira.model.agile.SprintChange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Sprints (https://developer.atlassian.com/cloud/jira/software/rest/api-group-sprint/): create on a scrum board, read,
 * update fully or partially through the state machine of {@link dev.dtu.twins.jira.model.agile.SprintRules}, delete,
 * and move issues in. Guessed: the "Manage sprints" permission is not modelled; changing a sprint needs Edit Issues in
 * its board's project.
 */
final class SprintsApi {
    /** Guessed wording, after Jira's board message. */
    static final String NO_SPRINT = "Sprint does not exist or you do not have permission to see it.";
    private static final DateTimeFormatter JIRA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private SprintsApi() {}

    static void routes(Routes r) {
        r.post("/rest/agile/1.0/sprint", SprintsApi::create)
                .get("/rest/agile/1.0/sprint/{sprintId}", c -> Response.json(200, new AgileViews(c).sprint(sprint(c, c.param("sprintId")))))
                .post("/rest/agile/1.0/sprint/{sprintId}", c -> update(c, true))
                .put("/rest/agile/1.0/sprint/{sprintId}", c -> update(c, false))
                .delete("/rest/agile/1.0/sprint/{sprintId}", SprintsApi::delete)
                .post("/rest/agile/1.0/sprint/{sprintId}/issue", SprintsApi::move);
        for (String root : List.of("/rest/agile/1.0", "/rest/software/1.0")) {
            boolean tokens = root.contains("software");
            r.get(root + "/sprint/{sprintId}/issue", c -> issues(c, tokens));
        }
    }

    static Response create(ApiCall c) {
        JsonNode body = c.objectBody();
        String name = FiltersApi.text(body, "name");
        if (!body.path("originBoardId").canConvertToLong()) {
            throw JiraException.field("originBoardId", "The origin board id is required.");
        }
        Board board = c.agile().board(body.path("originBoardId").asText()).filter(b -> BoardsApi.visible(c, b))
                .orElseThrow(() -> JiraException.field("originBoardId", BoardsApi.NO_BOARD));
        requireManage(c, board);
        Instant start = date(body, "startDate").orElse(null);
        Instant end = date(body, "endDate").orElse(null);
        Sprint s = c.agileWrite(a -> a.createSprint(name, board, start, end, FiltersApi.text(body, "goal")));
        return Response.json(201, new AgileViews(c).sprint(s));
    }

    /** A partial update changes what the body names; a full one also clears the goal and dates it leaves out. */
    static Response update(ApiCall c, boolean partial) {
        Sprint s = sprint(c, c.param("sprintId"));
        requireManage(c, boardOf(c, s));
        JsonNode body = c.objectBody();
        SprintChange change = new SprintChange(given(body, "name", partial).map(v -> FiltersApi.text(body, "name")),
                given(body, "goal", partial).map(v -> FiltersApi.text(body, "goal")),
                given(body, "startDate", partial).map(v -> date(body, "startDate").orElse(null)),
                given(body, "endDate", partial).map(v -> date(body, "endDate").orElse(null)),
                body.hasNonNull("state") ? Optional.of(FiltersApi.text(body, "state")) : Optional.empty(),
                body.hasNonNull("completeDate") && !body.path("completeDate").asText().equals(
                        s.completeDate() == null ? "" : new AgileViews(c).sprint(s).path("completeDate").asText()));
        if (!partial && change.name().map(n -> n == null).orElse(true)) {
            throw JiraException.field("name", "The sprint name is required.");
        }
        Sprint updated = c.agileWrite(a -> a.updateSprint(s, change));
        return Response.json(200, new AgileViews(c).sprint(updated));
    }

    private static Optional<Boolean> given(JsonNode body, String field, boolean partial) {
        return body.has(field) || !partial ? Optional.of(true) : Optional.empty();
    }

    static Response delete(ApiCall c) {
        Sprint s = sprint(c, c.param("sprintId"));
        requireManage(c, boardOf(c, s));
        c.agileWrite(a -> {
            a.deleteSprint(s);
            return null;
        });
        return Response.empty(204);
    }

    static Response move(ApiCall c) {
        Sprint s = sprint(c, c.param("sprintId"));
        JsonNode body = c.objectBody();
        List<Issue> issues = AgileIssuesApi.issues(c, body);
        Optional<Issue> before = AgileIssuesApi.anchor(c, body, "rankBeforeIssue");
        Optional<Issue> after = AgileIssuesApi.anchor(c, body, "rankAfterIssue");
        c.agileWrite(a -> {
            a.moveToSprint(s, issues);
            rank(a, issues, before, after);
            return null;
        });
        return Response.empty(204);
    }

    static void rank(Agile a, List<Issue> issues, Optional<Issue> before, Optional<Issue> after) {
        if (before.isPresent() || after.isPresent()) {
            a.rank(issues, before.orElse(null), before.isPresent() ? null : after.get());
        }
    }

    static Response issues(ApiCall c, boolean tokens) {
        Sprint s = sprint(c, c.param("sprintId"));
        List<Issue> in = c.dir().issues().stream().filter(i -> c.visibleIssue(i.id()).isPresent())
                .filter(i -> c.agile().sprintsOf(i).stream().anyMatch(o -> o.id() == s.id())).sorted(c.agile().byRank()).toList();
        List<Issue> found = BoardsApi.narrowed(c, in);
        AgileViews views = new AgileViews(c);
        return Response.json(200, tokens ? AgilePaging.tokenIssues(c, found, views::issue) : AgilePaging.issues(c, found, views::issue));
    }

    static Sprint sprint(ApiCall c, String id) {
        return c.agile().sprint(id).filter(s -> c.agile().board(Long.toString(s.originBoardId()))
                .map(b -> BoardsApi.visible(c, b)).orElse(true)).orElseThrow(() -> JiraException.message(404, NO_SPRINT));
    }

    private static Optional<Board> boardOf(ApiCall c, Sprint s) {
        return c.agile().board(Long.toString(s.originBoardId()));
    }

    private static void requireManage(ApiCall c, Optional<Board> board) {
        board.ifPresent(b -> requireManage(c, b));
    }

    private static void requireManage(ApiCall c, Board b) {
        boolean may = b.ownerAccountId().equals(c.actor().accountId()) || (b.projectId() != null
                && c.dir().project(b.projectId()).map(p -> c.can(ProjectPermission.EDIT_ISSUES, p)).orElse(false));
        if (!may) {
            throw JiraException.message(403, "You do not have permission to manage sprints on this board.");
        }
    }

    /** ISO 8601 with an offset, Jira's own "+0000" form, or a bare date (its start, UTC). */
    static Optional<Instant> date(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (v.isMissingNode() || v.isNull() || v.asText().isEmpty()) {
            return Optional.empty();
        }
        String text = v.asText();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(text, JIRA_DATE).toInstant());
            } catch (DateTimeParseException e2) {
                try {
                    return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
                } catch (DateTimeParseException e3) {
                    throw JiraException.field(field, "The date '" + text + "' is not valid: use ISO 8601, e.g. 2024-01-31T09:00:00.000Z.");
                }
            }
        }
    }
}
