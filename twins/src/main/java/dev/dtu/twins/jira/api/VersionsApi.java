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
import dev.dtu.twins.jira.model.StatusCategory;
import dev.dtu.twins.jira.model.Version;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Project versions (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-project-versions/):
 * create, read, update, order ({@code move}), merge, delete with replacement, and the issue counts. Hand-written:
 * versions are set on issues ({@code fixVersions}, {@code versions}) and merging or deleting one moves its issues.
 */
final class VersionsApi {
    /** Jira's "user" dates: "15/Jan/26". */
    private static final DateTimeFormatter USER_DATE = DateTimeFormatter.ofPattern("d/MMM/yy", Locale.ENGLISH);
    private static final String NO_VERSION = "Could not find version for id '%s'";

    private VersionsApi() {}

    static void routes(Routes r) {
        r.post("/rest/api/3/version", VersionsApi::create)
                .get("/rest/api/3/version/{id}", c -> Response.json(200, view(c, version(c, c.param("id")))))
                .put("/rest/api/3/version/{id}", VersionsApi::update)
                .delete("/rest/api/3/version/{id}", VersionsApi::delete)
                .post("/rest/api/3/version/{id}/removeAndSwap", VersionsApi::removeAndSwap)
                .put("/rest/api/3/version/{id}/mergeto/{moveIssuesTo}", VersionsApi::merge)
                .post("/rest/api/3/version/{id}/move", VersionsApi::move)
                .get("/rest/api/3/version/{id}/relatedIssueCounts", VersionsApi::relatedCounts)
                .get("/rest/api/3/version/{id}/unresolvedIssueCount", VersionsApi::unresolvedCount)
                .get("/rest/api/3/project/{projectIdOrKey}/versions", VersionsApi::all)
                .get("/rest/api/3/project/{projectIdOrKey}/version", VersionsApi::page);
    }

    static Response create(ApiCall c) {
        JsonNode body = c.objectBody();
        Project p = projectOfBody(c, body);
        administer(c, p);
        Version draft = new Version(null, p.id(), FiltersApi.text(body, "name"), FiltersApi.text(body, "description"),
                bool(body, "archived"), bool(body, "released"), date(body, "startDate"), date(body, "releaseDate"), 0);
        Version made = c.write(site -> site.releases(c.actor().accountId()).createVersion(draft));
        return Response.json(201, view(c, made));
    }

    static Response update(ApiCall c) {
        Version v = version(c, c.param("id"));
        administer(c, c.dir().project(v.projectId()).orElseThrow());
        JsonNode body = c.objectBody();
        Version next = new Version(v.id(), v.projectId(), or(FiltersApi.text(body, "name"), v.name()),
                body.has("description") ? FiltersApi.text(body, "description") : v.description(),
                body.has("archived") ? bool(body, "archived") : v.archived(),
                body.has("released") ? bool(body, "released") : v.released(),
                body.has("startDate") ? date(body, "startDate") : v.startDate(),
                body.has("releaseDate") ? date(body, "releaseDate") : v.releaseDate(), v.sequence());
        return Response.json(200, view(c, c.write(site -> site.releases(c.actor().accountId()).updateVersion(next))));
    }

    /** The deprecated delete: replacements in the query ({@code moveFixIssuesTo}, {@code moveAffectedIssuesTo}). */
    static Response delete(ApiCall c) {
        Version v = version(c, c.param("id"));
        return remove(c, v, c.query("moveFixIssuesTo"), c.query("moveAffectedIssuesTo"));
    }

    static Response removeAndSwap(ApiCall c) {
        Version v = version(c, c.param("id"));
        JsonNode body = c.call().request().body().length == 0 ? Json.object() : c.objectBody();
        return remove(c, v, Optional.ofNullable(number(body, "moveFixIssuesTo")),
                Optional.ofNullable(number(body, "moveAffectedIssuesTo")));
    }

    private static Response remove(ApiCall c, Version v, Optional<String> fixTo, Optional<String> affectedTo) {
        administer(c, c.dir().project(v.projectId()).orElseThrow());
        Optional<Version> fix = fixTo.map(id -> replacement(c, v, id));
        Optional<Version> affected = affectedTo.map(id -> replacement(c, v, id));
        c.write(site -> {
            site.releases(c.actor().accountId()).deleteVersion(v, fix, affected);
            return null;
        });
        return Response.empty(204);
    }

    static Response merge(ApiCall c) {
        Version v = version(c, c.param("id"));
        Version into = replacement(c, v, c.param("moveIssuesTo"));
        return remove(c, v, Optional.of(into.id()), Optional.of(into.id()));
    }

    /** A version that takes another's issues: it must exist, be another one, and be in the same project. */
    private static Version replacement(ApiCall c, Version gone, String id) {
        Version to = c.dir().version(id).orElseThrow(() -> JiraException.message(404, NO_VERSION.formatted(id)));
        if (to.id().equals(gone.id()) || !to.projectId().equals(gone.projectId())) {
            // Guessed wording; the docs say only "400 if the request is invalid".
            throw JiraException.message(400, "The version to move issues to must be another version of the same project.");
        }
        return to;
    }

    /** {@code position} (Earlier, Later, First, Last) or {@code after} (a version's URL). */
    static Response move(ApiCall c) {
        Version v = version(c, c.param("id"));
        administer(c, c.dir().project(v.projectId()).orElseThrow());
        JsonNode body = c.objectBody();
        List<Version> order = c.dir().versions(v.projectId());
        int at = order.indexOf(v);
        int index;
        String after = FiltersApi.text(body, "after");
        String position = FiltersApi.text(body, "position");
        if (after != null) {
            Version anchor = version(c, after.substring(after.lastIndexOf('/') + 1));
            int anchorAt = order.indexOf(anchor);
            index = anchorAt < at ? anchorAt + 1 : anchorAt;
        } else if (position != null) {
            index = switch (position) {
                case "First" -> 0;
                case "Last" -> order.size() - 1;
                case "Earlier" -> at - 1;
                case "Later" -> at + 1;
                default -> throw JiraException.field("position", "Invalid position: " + position
                        + ". Valid values are Earlier, Later, First, Last.");
            };
        } else {
            throw JiraException.message(400, "You must specify either a position or a version to move after.");
        }
        Version moved = c.write(site -> site.releases(c.actor().accountId()).moveVersion(v, index));
        return Response.json(200, view(c, moved));
    }

    static Response relatedCounts(ApiCall c) {
        Version v = version(c, c.param("id"));
        List<Issue> issues = c.dir().issues();
        ObjectNode out = Json.object().put("self", self(c, v))
                .put("issuesFixedCount", issues.stream().filter(i -> i.fixVersionIds().contains(v.id())).count())
                .put("issuesAffectedCount", issues.stream().filter(i -> i.versionIds().contains(v.id())).count())
                .put("issueCountWithCustomFieldsShowingVersion", 0);
        out.putArray("customFieldUsage");
        return Response.json(200, out);
    }

    static Response unresolvedCount(ApiCall c) {
        Version v = version(c, c.param("id"));
        List<Issue> fixed = c.dir().issues().stream().filter(i -> i.fixVersionIds().contains(v.id())).toList();
        return Response.json(200, Json.object().put("self", self(c, v))
                .put("issuesUnresolvedCount", fixed.stream().filter(i -> i.resolutionId() == null).count())
                .put("issuesCount", fixed.size()));
    }

    static Response all(ApiCall c) {
        Project p = ComponentsApi.project(c, c.param("projectIdOrKey"));
        ArrayNode out = Json.array();
        c.dir().versions(p.id()).forEach(v -> out.add(view(c, v)));
        return Response.json(200, out);
    }

    /** The paginated list: {@code query} (name or description), {@code status} and {@code orderBy}. */
    static Response page(ApiCall c) {
        Project p = ComponentsApi.project(c, c.param("projectIdOrKey"));
        String query = c.query("query").orElse("").toLowerCase(Locale.ROOT);
        List<String> statuses = c.queryList("status");
        List<Version> found = c.dir().versions(p.id()).stream()
                .filter(v -> query.isEmpty() || v.name().toLowerCase(Locale.ROOT).contains(query)
                        || (v.description() != null && v.description().toLowerCase(Locale.ROOT).contains(query)))
                .filter(v -> statuses.isEmpty() || statuses.contains(status(v)))
                .sorted(order(c.query("orderBy").orElse("sequence"))).toList();
        return Response.json(200, AgilePaging.pageBean(c, found, v -> view(c, v), 50));
    }

    private static String status(Version v) {
        return v.archived() ? "archived" : v.released() ? "released" : "unreleased";
    }

    private static Comparator<Version> order(String orderBy) {
        boolean desc = orderBy.startsWith("-");
        Comparator<Version> by = switch (orderBy.replaceFirst("^[-+]", "")) {
            case "name" -> Comparator.comparing(Version::name, String.CASE_INSENSITIVE_ORDER);
            case "description" -> Comparator.comparing(v -> Optional.ofNullable(v.description()).orElse(""));
            case "releaseDate" -> Comparator.comparing(Version::releaseDate, Comparator.nullsLast(Comparator.naturalOrder()));
            case "startDate" -> Comparator.comparing(Version::startDate, Comparator.nullsLast(Comparator.naturalOrder()));
            case "sequence" -> Comparator.comparingLong(Version::sequence);
            default -> throw JiraException.message(400, "Invalid orderBy value: " + orderBy);
        };
        return desc ? by.reversed() : by;
    }

    static ObjectNode view(ApiCall c, Version v) {
        ObjectNode n = new Views(c.base(), c.dir()).version(v);
        if (v.startDate() != null) {
            n.put("startDate", v.startDate().toString()).put("userStartDate", USER_DATE.format(v.startDate()));
        }
        if (v.releaseDate() != null) {
            LocalDate today = LocalDate.ofInstant(c.call().now(), java.time.ZoneOffset.UTC);
            n.put("userReleaseDate", USER_DATE.format(v.releaseDate()))
                    .put("overdue", !v.released() && v.releaseDate().isBefore(today));
        }
        n.put("projectId", Long.parseLong(v.projectId()));
        Set<String> expand = Expand.of(c.queryList("expand"));
        if (expand.contains("issuesstatus")) {
            n.set("issuesStatusForFixVersion", issuesStatus(c, v));
        }
        return n;
    }

    /** The fix-version issues by status category ({@code unmapped} counts issues whose status has none). */
    private static ObjectNode issuesStatus(ApiCall c, Version v) {
        long todo = 0;
        long progress = 0;
        long done = 0;
        for (Issue i : c.dir().issues()) {
            if (i.fixVersionIds().contains(v.id())) {
                StatusCategory cat = c.dir().status(i.statusId()).category();
                switch (cat.key()) {
                    case "done" -> done++;
                    case "indeterminate" -> progress++;
                    default -> todo++;
                }
            }
        }
        return Json.object().put("unmapped", 0).put("toDo", todo).put("inProgress", progress).put("done", done);
    }

    private static String self(ApiCall c, Version v) {
        return c.base() + "/rest/api/3/version/" + v.id();
    }

    /** The version, if the caller may browse its project; otherwise Jira's 404. */
    static Version version(ApiCall c, String id) {
        return c.dir().version(id).filter(v -> c.dir().project(v.projectId())
                        .map(p -> c.can(ProjectPermission.BROWSE_PROJECTS, p)).orElse(false))
                .orElseThrow(() -> JiraException.message(404, NO_VERSION.formatted(id)));
    }

    private static Project projectOfBody(ApiCall c, JsonNode body) {
        JsonNode ref = body.has("projectId") ? body.get("projectId") : body.get("project");
        if (ref == null || ref.isNull()) {
            throw JiraException.field("project", "Project must be specified to create a version.");
        }
        return c.visibleProject(ref.asText())
                .orElseThrow(() -> JiraException.field("project", "Project with id or key '" + ref.asText() + "' not found."));
    }

    static void administer(ApiCall c, Project p) {
        if (!c.can(ProjectPermission.ADMINISTER_PROJECTS, p)) {
            throw JiraException.message(403, "You do not have permission to edit the versions of this project.");
        }
    }

    private static boolean bool(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (!v.isMissingNode() && !v.isNull() && !v.isBoolean()) {
            throw JiraException.message(400, ApiCall.BAD_PAYLOAD);
        }
        return v.asBoolean(false);
    }

    private static LocalDate date(JsonNode body, String field) {
        String text = FiltersApi.text(body, field);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw JiraException.field(field, "Invalid date format. Please enter the date in the format \"yyyy-MM-dd\".");
        }
    }

    private static String number(JsonNode body, String field) {
        JsonNode v = body.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static String or(String a, String b) {
        return a == null ? b : a;
    }
}
