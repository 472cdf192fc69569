package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.agile.AgileDirectory;
import dev.dtu.twins.jira.model.agile.AgileFields;
import dev.dtu.twins.jira.model.agile.Board;
import dev.dtu.twins.jira.model.agile.EpicDetails;
import dev.dtu.twins.jira.model.agile.Sprint;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * Jira Software's JSON: boards, sprints, epics, and issues with the Software fields ({@code sprint},
 * {@code closedSprints}, {@code epic}, {@code flagged}) beside the platform ones. Rank and Sprint also appear as the
 * custom fields Jira Cloud sites carry them in (customfield_10019, customfield_10020: guessed ids, the usual ones
 * of a Cloud site, which its docs do not fix).
 */
record AgileViews(ApiCall c, AgileDirectory agile) {
    static final String RANK_FIELD = "customfield_10019";
    static final String SPRINT_FIELD = "customfield_10020";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(java.time.ZoneOffset.UTC);

    AgileViews(ApiCall c) {
        this(c, c.agile());
    }

    String base() {
        return c.base() + "/rest/agile/1.0";
    }

    ObjectNode board(Board b) {
        ObjectNode n = Json.object().put("id", b.id()).put("self", base() + "/board/" + b.id()).put("name", b.name())
                .put("type", b.type());
        location(b).ifPresent(l -> n.set("location", l));
        return n.put("isPrivate", false);
    }

    java.util.Optional<ObjectNode> location(Board b) {
        return c.dir().project(b.projectId()).map(p -> {
            String display = p.name() + " (" + p.key() + ")";
            return Json.object().put("type", "project").put("projectId", Long.parseLong(p.id())).put("projectKey", p.key())
                    .put("projectName", p.name()).put("projectTypeKey", "software").put("displayName", display)
                    .put("name", display).put("avatarURI", c.base() + "/rest/api/3/universal_avatar/view/type/project/avatar/10400?size=small");
        });
    }

    ObjectNode sprint(Sprint s) {
        ObjectNode n = Json.object().put("id", s.id()).put("self", base() + "/sprint/" + s.id()).put("state", s.state())
                .put("name", s.name());
        date(n, "startDate", s.startDate());
        date(n, "endDate", s.endDate());
        date(n, "completeDate", s.completeDate());
        date(n, "createdDate", s.createdDate());
        n.put("originBoardId", s.originBoardId());
        if (s.goal() != null) {
            n.put("goal", s.goal());
        }
        return n;
    }

    ObjectNode epic(Issue epic) {
        EpicDetails d = agile.epic(epic);
        ObjectNode n = Json.object().put("id", Long.parseLong(epic.id())).put("key", epic.key())
                .put("self", base() + "/epic/" + epic.id()).put("name", d.name()).put("summary", epic.summary());
        n.putObject("color").put("key", d.color());
        return n.put("done", d.done());
    }

    /** The issue as agile reads answer it: the platform's fields and the Software ones. */
    ObjectNode issue(Issue issue, FieldSelection selection, Set<String> expand) {
        ObjectNode n = new IssueViews(c.base(), c.dir(), c.actor().accountId()).issue(issue, selection, expand);
        n.put("self", base() + "/issue/" + issue.id());
        ObjectNode fields = (ObjectNode) n.path("fields");
        if (n.path("fields").isMissingNode()) {
            return n;
        }
        AgileFields f = agile.fields(issue);
        List<Sprint> sprints = agile.sprintsOf(issue);
        put(fields, selection, "sprint", f.sprintId() == null ? null : agile.sprint(f.sprintId()).map(this::sprint).orElse(null));
        if (selection.includes("closedSprints") && !f.closedSprintIds().isEmpty()) {
            ArrayNode closed = fields.putArray("closedSprints");
            sprints.stream().filter(s -> !s.open()).forEach(s -> closed.add(sprint(s)));
        }
        put(fields, selection, "flagged", Json.tree(false));
        put(fields, selection, "epic", c.dir().issue(f.epicId()).map(this::epic).orElse(null));
        put(fields, selection, RANK_FIELD, Json.tree(f.rank()));
        ArrayNode all = Json.array();
        sprints.forEach(s -> all.add(sprint(s).put("boardId", s.originBoardId())));
        put(fields, selection, SPRINT_FIELD, sprints.isEmpty() ? null : all);
        return n;
    }

    ObjectNode issue(Issue issue) {
        return issue(issue, FieldSelection.parse(c.queryList("fields"), "*navigable"), Expand.of(c.queryList("expand")));
    }

    ObjectNode project(Project p) {
        return new Views(c.base(), c.dir()).projectRef(p);
    }

    private static void put(ObjectNode fields, FieldSelection selection, String id, com.fasterxml.jackson.databind.JsonNode value) {
        if (selection.includes(id)) {
            fields.set(id, value);
        }
    }

    private static void date(ObjectNode n, String name, Instant at) {
        if (at != null) {
            n.put(name, DATE.format(at));
        }
    }
}
