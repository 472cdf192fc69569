package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.ProjectPermission;
import dev.dtu.twins.jira.model.Search;
import dev.dtu.twins.jira.model.Status;
import dev.dtu.twins.jira.model.StatusCategory;
import dev.dtu.twins.jira.model.agile.Board;
import dev.dtu.twins.jira.model.agile.Filter;
import dev.dtu.twins.jira.model.agile.Sprint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Jira Software boards (https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/): a board is a saved
 * filter shown as columns; its issues are the filter's issues whose status a column holds (epics are not on scrum
 * boards), in rank order. Issue lists are served under agile 1.0 ({@code startAt}/{@code total}) and under
 * {@code /rest/software/1.0} (the enhanced reads with {@code nextPageToken}) alike.
 */
final class BoardsApi {
    static final String NO_BOARD = "Board does not exist or you do not have permission to see it.";

    private BoardsApi() {}

    static void routes(Routes r) {
        r.get("/rest/agile/1.0/board", BoardsApi::list)
                .post("/rest/agile/1.0/board", BoardsApi::create)
                .get("/rest/agile/1.0/board/filter/{filterId}", BoardsApi::byFilter)
                .get("/rest/agile/1.0/board/{boardId}", c -> Response.json(200, new AgileViews(c).board(board(c))))
                .delete("/rest/agile/1.0/board/{boardId}", BoardsApi::delete)
                .get("/rest/agile/1.0/board/{boardId}/configuration", BoardsApi::configuration)
                .get("/rest/agile/1.0/board/{boardId}/project", BoardsApi::projects)
                .get("/rest/agile/1.0/board/{boardId}/sprint", BoardsApi::sprints)
                .get("/rest/agile/1.0/board/{boardId}/epic", BoardsApi::epics);
        for (String root : List.of("/rest/agile/1.0", "/rest/software/1.0")) {
            boolean tokens = root.contains("software");
            r.get(root + "/board/{boardId}/issue", c -> issues(c, tokens, BoardsApi::onBoard))
                    .get(root + "/board/{boardId}/backlog", c -> issues(c, tokens, BoardsApi::inBacklog))
                    .get(root + "/board/{boardId}/epic/none/issue", c -> issues(c, tokens, (b, i) -> c.agile().fields(i).epicId() == null))
                    .get(root + "/board/{boardId}/epic/{epicId}/issue", c -> issues(c, tokens, (b, i) -> epicOf(c, i)))
                    .get(root + "/board/{boardId}/sprint/{sprintId}/issue", c -> issues(c, tokens, (b, i) -> inSprint(c, i)));
        }
        r.get("/rest/software/1.0/board/{boardId}/issue/approximate-count", c -> count(c, BoardsApi::onBoard))
                .get("/rest/software/1.0/board/{boardId}/backlog/approximate-count", c -> count(c, BoardsApi::inBacklog));
    }

    interface OnBoard {
        boolean test(BoardContext board, Issue issue);
    }

    /** A board as one request sees it. */
    record BoardContext(ApiCall c, Board board) {}

    static Response list(ApiCall c) {
        String type = c.query("type").orElse(null);
        String name = c.query("name").map(n -> n.toLowerCase(Locale.ROOT)).orElse("");
        String project = c.query("projectKeyOrId").orElse(null);
        if (type != null && !List.of("scrum", "kanban", "simple").contains(type)) {
            throw JiraException.message(400, "The board type '" + type + "' is not valid: use scrum, kanban or simple.");
        }
        List<Board> boards = c.agile().boards().stream().filter(b -> visible(c, b))
                .filter(b -> type == null || List.of(type.split(",")).contains(b.type()))
                .filter(b -> b.name().toLowerCase(Locale.ROOT).contains(name))
                .filter(b -> project == null || c.dir().project(project).map(p -> p.id().equals(b.projectId())).orElse(false))
                .toList();
        AgileViews views = new AgileViews(c);
        return Response.json(200, AgilePaging.values(c, boards, views::board, true));
    }

    static Response create(ApiCall c) {
        JsonNode body = c.objectBody();
        String name = FiltersApi.text(body, "name");
        String type = FiltersApi.text(body, "type");
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "Board name is required.");
        } else if (name.length() > 255) {
            errors.put("name", "Board name must not exceed 255 characters.");
        }
        if (!"scrum".equals(type) && !"kanban".equals(type)) {
            errors.put("type", "Board type must be scrum or kanban.");
        }
        if (!body.path("filterId").canConvertToLong()) {
            errors.put("filterId", "Filter id is required.");
        }
        if (!errors.isEmpty()) {
            throw JiraException.fields(errors);
        }
        Filter filter = c.agile().filter(body.path("filterId").asText()).filter(f -> FiltersApi.visible(c, f))
                .orElseThrow(() -> JiraException.message(400, FiltersApi.NOT_AVAILABLE));
        String projectId = location(c, body.path("location"));
        Board board = c.agileWrite(a -> a.createBoard(c.actor().accountId(), name, type, filter, projectId));
        return Response.json(201, new AgileViews(c).board(board));
    }

    /** The board's location: a project the caller administers, or none ("user" location). */
    private static String location(ApiCall c, JsonNode location) {
        if (!location.isObject() || !"project".equals(location.path("type").asText("project"))
                || location.path("projectKeyOrId").asText("").isEmpty()) {
            return null;
        }
        Project p = c.visibleProject(location.path("projectKeyOrId").asText())
                .orElseThrow(() -> JiraException.field("location", "The project '" + location.path("projectKeyOrId").asText()
                        + "' does not exist or you do not have permission to see it."));
        return p.id();
    }

    static Response delete(ApiCall c) {
        Board b = board(c);
        if (!b.ownerAccountId().equals(c.actor().accountId()) && !(b.projectId() != null
                && c.dir().project(b.projectId()).map(p -> c.can(ProjectPermission.ADMINISTER_PROJECTS, p)).orElse(false))) {
            throw JiraException.message(403, "You do not have permission to delete this board.");
        }
        c.agileWrite(a -> {
            a.deleteBoard(b);
            return null;
        });
        return Response.empty(204);
    }

    static Response byFilter(ApiCall c) {
        String filterId = c.param("filterId");
        List<Board> boards = c.agile().boards().stream().filter(b -> Long.toString(b.filterId()).equals(filterId))
                .filter(b -> visible(c, b)).toList();
        return Response.json(200, AgilePaging.values(c, boards, b -> Json.object().put("id", b.id())
                .put("self", c.base() + "/rest/agile/1.0/board/" + b.id()).put("name", b.name()), true));
    }

    /** Columns by status category, as a new board's default configuration maps the workflow's statuses. */
    static Response configuration(ApiCall c) {
        Board b = board(c);
        AgileViews views = new AgileViews(c);
        ObjectNode n = Json.object().put("id", b.id()).put("name", b.name()).put("type", b.type())
                .put("self", views.base() + "/board/" + b.id() + "/configuration");
        views.location(b).ifPresent(l -> n.set("location", l.put("key", l.path("projectKey").asText())
                .put("id", l.path("projectId").asText()).put("self", c.base() + "/rest/api/3/project/" + l.path("projectId").asText())));
        n.putObject("filter").put("id", Long.toString(b.filterId())).put("self", c.base() + "/rest/api/3/filter/" + b.filterId());
        if (!b.scrum()) {
            n.putObject("subQuery").put("query", "fixVersion in unreleasedVersions() OR fixVersion is EMPTY");
        }
        ObjectNode columnConfig = n.putObject("columnConfig");
        ArrayNode columns = columnConfig.putArray("columns");
        for (StatusCategory category : List.of(StatusCategory.TO_DO, StatusCategory.IN_PROGRESS, StatusCategory.DONE)) {
            ObjectNode column = columns.addObject().put("name", category.name());
            ArrayNode statuses = column.putArray("statuses");
            statuses(c, b).stream().filter(s -> s.category().equals(category))
                    .forEach(s -> statuses.addObject().put("id", s.id()).put("self", c.base() + "/rest/api/3/status/" + s.id()));
        }
        columnConfig.put("constraintType", "none");
        if (b.scrum()) {
            n.putObject("estimation").put("type", "field").putObject("field").put("fieldId", "customfield_10016")
                    .put("displayName", "Story point estimate");
        }
        n.putObject("ranking").put("rankCustomFieldId", 10019);
        return Response.json(200, n);
    }

    private static List<Status> statuses(ApiCall c, Board b) {
        return c.dir().project(b.projectId()).map(p -> p.workflow().statusIds().stream().map(c.dir()::status).toList())
                .orElseGet(() -> c.dir().statuses());
    }

    static Response projects(ApiCall c) {
        Board b = board(c);
        Set<String> ids = new java.util.LinkedHashSet<>();
        if (b.projectId() != null) {
            ids.add(b.projectId());
        }
        boardIssues(c, b).forEach(i -> ids.add(i.projectId()));
        List<Project> projects = ids.stream().map(id -> c.dir().project(id)).flatMap(java.util.Optional::stream)
                .filter(p -> c.can(ProjectPermission.BROWSE_PROJECTS, p))
                .sorted(java.util.Comparator.comparing(Project::name)).toList();
        AgileViews views = new AgileViews(c);
        return Response.json(200, AgilePaging.values(c, projects, views::project, true));
    }

    static Response sprints(ApiCall c) {
        Board b = board(c);
        if (!b.scrum()) {
            throw JiraException.message(400, "The board does not support sprints.");
        }
        Set<String> states = c.queryList("state").stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String s : states) {
            if (!List.of(Sprint.FUTURE, Sprint.ACTIVE, Sprint.CLOSED).contains(s)) {
                throw JiraException.message(400, "The sprint state '" + s + "' is not valid: use future, active or closed.");
            }
        }
        List<Sprint> sprints = c.agile().sprints().stream().filter(s -> s.originBoardId() == b.id())
                .filter(s -> states.isEmpty() || states.contains(s.state())).toList();
        AgileViews views = new AgileViews(c);
        return Response.json(200, AgilePaging.values(c, sprints, views::sprint, false));
    }

    static Response epics(ApiCall c) {
        Board b = board(c);
        java.util.Optional<Boolean> done = c.query("done").map(Boolean::parseBoolean);
        Set<String> projects = boardProjects(c, b);
        List<Issue> epics = c.dir().issues().stream().filter(i -> c.agile().isEpic(i) && projects.contains(i.projectId()))
                .filter(i -> c.visibleIssue(i.id()).isPresent())
                .filter(i -> done.map(d -> c.agile().epic(i).done() == d).orElse(true)).sorted(c.agile().byRank()).toList();
        AgileViews views = new AgileViews(c);
        return Response.json(200, AgilePaging.values(c, epics, views::epic, false));
    }

    private static Set<String> boardProjects(ApiCall c, Board b) {
        Set<String> ids = new java.util.HashSet<>();
        if (b.projectId() != null) {
            ids.add(b.projectId());
        }
        boardIssues(c, b).forEach(i -> ids.add(i.projectId()));
        return ids;
    }

    static Response issues(ApiCall c, boolean tokens, OnBoard which) {
        Board b = board(c);
        BoardContext ctx = new BoardContext(c, b);
        List<Issue> found = narrowed(c, boardIssues(c, b).stream().filter(i -> which.test(ctx, i)).toList());
        AgileViews views = new AgileViews(c);
        Function<Issue, ObjectNode> render = views::issue;
        return Response.json(200, tokens ? AgilePaging.tokenIssues(c, found, render) : AgilePaging.issues(c, found, render));
    }

    static Response count(ApiCall c, OnBoard which) {
        Board b = board(c);
        BoardContext ctx = new BoardContext(c, b);
        long n = narrowed(c, boardIssues(c, b).stream().filter(i -> which.test(ctx, i)).toList()).size();
        return Response.json(200, Json.object().put("count", n));
    }

    /** The {@code jql} query parameter narrows a list further, keeping the board's rank order. */
    static List<Issue> narrowed(ApiCall c, List<Issue> issues) {
        String jql = c.query("jql").orElse("");
        if (jql.isBlank()) {
            return issues;
        }
        Set<String> ids = Search.matching(c.jql(), jql, false).issues().stream().map(Issue::id).collect(Collectors.toSet());
        return issues.stream().filter(i -> ids.contains(i.id())).toList();
    }

    /** The filter's issues the caller may see whose status a column holds; no epics on a scrum board; rank order. */
    static List<Issue> boardIssues(ApiCall c, Board b) {
        Filter filter = c.agile().filter(Long.toString(b.filterId())).orElse(null);
        if (filter == null) {
            return List.of();
        }
        Set<String> mapped = statuses(c, b).stream().map(Status::id).collect(Collectors.toSet());
        List<Issue> all = new ArrayList<>(Search.matching(c.jql(), filter.jql(), false).issues());
        return all.stream().filter(i -> mapped.contains(i.statusId())).filter(i -> !(b.scrum() && c.agile().isEpic(i)))
                .sorted(c.agile().byRank()).toList();
    }

    private static boolean onBoard(BoardContext b, Issue i) {
        return true;
    }

    /** "The backlog contains incomplete issues that are not assigned to any future or active sprint." */
    private static boolean inBacklog(BoardContext b, Issue i) {
        return b.c().agile().fields(i).sprintId() == null && !b.c().agile().done(i) && i.parentId() == null;
    }

    private static boolean epicOf(ApiCall c, Issue i) {
        String epic = c.param("epicId");
        String of = c.agile().fields(i).epicId();
        return of != null && c.dir().issue(epic).map(e -> e.id().equals(of)).orElse(false);
    }

    private static boolean inSprint(ApiCall c, Issue i) {
        Sprint s = SprintsApi.sprint(c, c.param("sprintId"));
        return c.agile().sprintsOf(i).stream().anyMatch(o -> o.id() == s.id());
    }

    /** The path's board; one the caller may not see does not exist for them. */
    static Board board(ApiCall c) {
        return c.agile().board(c.param("boardId")).filter(b -> visible(c, b))
                .orElseThrow(() -> JiraException.message(404, NO_BOARD));
    }

    static boolean visible(ApiCall c, Board b) {
        return b.ownerAccountId().equals(c.actor().accountId()) || (b.projectId() != null
                && c.dir().project(b.projectId()).map(p -> c.can(ProjectPermission.BROWSE_PROJECTS, p)).orElse(false));
    }
}
