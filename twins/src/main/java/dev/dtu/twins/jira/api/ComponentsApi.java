package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Component;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.ProjectPermission;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Project components (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-project-components/).
 * Hand-written: components live on their project, issues name them, and deleting one drops it from its issues (or
 * moves them to {@code moveIssuesTo}).
 */
final class ComponentsApi {
    private static final Set<String> ASSIGNEE_TYPES = Set.of("PROJECT_DEFAULT", "COMPONENT_LEAD", "PROJECT_LEAD", "UNASSIGNED");

    private ComponentsApi() {}

    /** A component with the project it belongs to. */
    record Owned(Project project, Component component) {}

    static void routes(Routes r) {
        r.post("/rest/api/3/component", ComponentsApi::create)
                .get("/rest/api/3/component", ComponentsApi::find)
                .get("/rest/api/3/component/{id}", c -> Response.json(200, view(c, owned(c, c.param("id")))))
                .put("/rest/api/3/component/{id}", ComponentsApi::update)
                .delete("/rest/api/3/component/{id}", ComponentsApi::delete)
                .get("/rest/api/3/component/{id}/relatedIssueCounts", ComponentsApi::relatedCounts)
                .get("/rest/api/3/project/{projectIdOrKey}/components", ComponentsApi::all)
                .get("/rest/api/3/project/{projectIdOrKey}/component", ComponentsApi::page);
    }

    static Response create(ApiCall c) {
        JsonNode body = c.objectBody();
        JsonNode ref = body.has("project") ? body.get("project") : body.get("projectId");
        if (ref == null || ref.isNull()) {
            throw JiraException.field("project", "The project is required.");
        }
        Project p = c.visibleProject(ref.asText()).filter(x -> x.key().equals(ref.asText()) || x.id().equals(ref.asText()))
                .orElseThrow(() -> JiraException.field("project", "The project with key '" + ref.asText() + "' does not exist."));
        VersionsApi.administer(c, p);
        Component draft = new Component(null, FiltersApi.text(body, "name"), FiltersApi.text(body, "description"),
                lead(c, body, null), assigneeType(body, null));
        Component made = c.write(site -> site.releases(c.actor().accountId()).createComponent(p, draft));
        return Response.json(201, view(c, new Owned(c.dir().project(p.id()).orElseThrow(), made)));
    }

    static Response update(ApiCall c) {
        Owned o = owned(c, c.param("id"));
        VersionsApi.administer(c, o.project());
        JsonNode body = c.objectBody();
        Component old = o.component();
        String name = FiltersApi.text(body, "name");
        Component next = new Component(old.id(), name == null ? old.name() : name,
                body.has("description") ? FiltersApi.text(body, "description") : old.description(),
                lead(c, body, old.leadAccountId()), assigneeType(body, old.assigneeType()));
        Component saved = c.write(site -> site.releases(c.actor().accountId()).updateComponent(o.project(), next));
        return Response.json(200, view(c, new Owned(o.project(), saved)));
    }

    static Response delete(ApiCall c) {
        Owned o = owned(c, c.param("id"));
        VersionsApi.administer(c, o.project());
        Optional<Component> moveTo = c.query("moveIssuesTo").map(id -> o.project().components().stream()
                .filter(x -> x.id().equals(id) && !x.id().equals(o.component().id())).findFirst()
                .orElseThrow(() -> JiraException.message(404, "The component with id " + id + " does not exist.")));
        c.write(site -> {
            site.releases(c.actor().accountId()).deleteComponent(site.dir().project(o.project().id()).orElseThrow(), o.component(), moveTo);
            return null;
        });
        return Response.empty(204);
    }

    static Response relatedCounts(ApiCall c) {
        Owned o = owned(c, c.param("id"));
        long count = c.dir().issues().stream().filter(i -> i.componentIds().contains(o.component().id())).count();
        return Response.json(200, Json.object().put("self", self(c, o.component())).put("issueCount", count));
    }

    static Response all(ApiCall c) {
        Project p = project(c, c.param("projectIdOrKey"));
        ArrayNode out = Json.array();
        p.components().forEach(x -> out.add(view(c, new Owned(p, x))));
        return Response.json(200, out);
    }

    static Response page(ApiCall c) {
        Project p = project(c, c.param("projectIdOrKey"));
        return Response.json(200, AgilePaging.pageBean(c, matching(c, List.of(p)), o -> view(c, o), 50));
    }

    /** Components across projects ({@code projectIdsOrKeys}, all the caller browses when absent). */
    static Response find(ApiCall c) {
        List<String> refs = c.queryList("projectIdsOrKeys");
        List<Project> projects = c.dir().projects().stream().filter(p -> c.can(ProjectPermission.BROWSE_PROJECTS, p))
                .filter(p -> refs.isEmpty() || refs.contains(p.key()) || refs.contains(p.id())).toList();
        return Response.json(200, AgilePaging.pageBean(c, matching(c, projects), o -> view(c, o), 50));
    }

    /** {@code query} matches name or description; {@code orderBy} is name, description or lead (with "-"). */
    private static List<Owned> matching(ApiCall c, List<Project> projects) {
        String query = c.query("query").orElse("").toLowerCase(Locale.ROOT);
        String orderBy = c.query("orderBy").orElse("name");
        Comparator<Owned> by = switch (orderBy.replaceFirst("^[-+]", "")) {
            case "name" -> Comparator.comparing(o -> o.component().name(), String.CASE_INSENSITIVE_ORDER);
            case "description" -> Comparator.comparing(o -> Optional.ofNullable(o.component().description()).orElse(""));
            case "lead" -> Comparator.comparing(o -> Optional.ofNullable(o.component().leadAccountId()).orElse(""));
            default -> throw JiraException.message(400, "Invalid orderBy value: " + orderBy);
        };
        return projects.stream().flatMap(p -> p.components().stream().map(x -> new Owned(p, x)))
                .filter(o -> query.isEmpty() || o.component().name().toLowerCase(Locale.ROOT).contains(query)
                        || Optional.ofNullable(o.component().description()).orElse("").toLowerCase(Locale.ROOT).contains(query))
                .sorted(orderBy.startsWith("-") ? by.reversed() : by).toList();
    }

    static ObjectNode view(ApiCall c, Owned o) {
        Component x = o.component();
        Views views = new Views(c.base(), c.dir());
        ObjectNode n = Json.object().put("self", self(c, x)).put("id", x.id()).put("name", x.name());
        if (x.description() != null) {
            n.put("description", x.description());
        }
        ObjectNode lead = views.userOrNull(x.leadAccountId());
        if (lead != null) {
            n.set("lead", lead);
            n.put("leadAccountId", x.leadAccountId());
        }
        n.put("assigneeType", x.assigneeType());
        String assignee = realAssignee(o.project(), x);
        if (assignee != null) {
            n.set("assignee", views.userOrNull(assignee));
        }
        // The project's default for PROJECT_DEFAULT is the project lead (Jira's default: "Project lead").
        n.put("realAssigneeType", x.assigneeType().equals("PROJECT_DEFAULT") ? "PROJECT_LEAD" : x.assigneeType());
        if (assignee != null) {
            n.set("realAssignee", views.userOrNull(assignee));
        }
        n.put("isAssigneeTypeValid", true).put("project", o.project().key())
                .put("projectId", Long.parseLong(o.project().id()));
        return n;
    }

    private static String realAssignee(Project p, Component x) {
        return switch (x.assigneeType()) {
            case "COMPONENT_LEAD" -> x.leadAccountId();
            case "UNASSIGNED" -> null;
            default -> p.leadAccountId();
        };
    }

    private static String self(ApiCall c, Component x) {
        return c.base() + "/rest/api/3/component/" + x.id();
    }

    /** The component, with its project, if the caller may browse that project; otherwise Jira's 404. */
    static Owned owned(ApiCall c, String id) {
        return c.dir().projects().stream().filter(p -> c.can(ProjectPermission.BROWSE_PROJECTS, p))
                .flatMap(p -> p.components().stream().filter(x -> x.id().equals(id)).map(x -> new Owned(p, x)))
                .findFirst().orElseThrow(() -> JiraException.message(404, "The component with id " + id + " does not exist."));
    }

    /** The path's project, by id or key (case sensitive), or Jira's 404. */
    static Project project(ApiCall c, String ref) {
        return c.visibleProject(ref).filter(x -> x.id().equals(ref) || x.key().equals(ref))
                .orElseThrow(() -> JiraException.message(404, "No project could be found with "
                        + (ref.matches("\\d+") ? "id" : "key") + " '" + ref + "'."));
    }

    private static String lead(ApiCall c, JsonNode body, String fallback) {
        if (!body.has("leadAccountId")) {
            return fallback;
        }
        String id = FiltersApi.text(body, "leadAccountId");
        if (id != null && c.dir().user(id).isEmpty()) {
            throw JiraException.field("leadAccountId", "The user with account ID '" + id + "' does not exist.");
        }
        return id;
    }

    private static String assigneeType(JsonNode body, String fallback) {
        String t = FiltersApi.text(body, "assigneeType");
        if (t == null) {
            return fallback;
        }
        if (!ASSIGNEE_TYPES.contains(t)) {
            throw JiraException.field("assigneeType", "The assignee type '" + t + "' is not valid.");
        }
        return t;
    }
}
