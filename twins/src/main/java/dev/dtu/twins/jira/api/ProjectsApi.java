package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.ProjectPermission;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Projects: the paginated search, one project, and the legacy full list. */
final class ProjectsApi {
    private ProjectsApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/project/search", ProjectsApi::search)
                .get("/rest/api/3/project", ProjectsApi::all)
                .get("/rest/api/3/project/{projectIdOrKey}", ProjectsApi::get)
                .get("/rest/api/3/project/{projectIdOrKey}/statuses", ProjectsApi::statuses);
    }

    static Response search(ApiCall c) {
        String query = c.query("query").orElse("").toLowerCase(Locale.ROOT);
        List<String> keys = c.queryList("keys");
        List<Project> matches = c.dir().projects().stream().filter(p -> c.can(ProjectPermission.BROWSE_PROJECTS, p))
                .filter(p -> query.isEmpty() || p.key().toLowerCase(Locale.ROOT).contains(query)
                        || p.name().toLowerCase(Locale.ROOT).contains(query))
                .filter(p -> keys.isEmpty() || keys.stream().anyMatch(k -> k.equalsIgnoreCase(p.key()) || k.equals(p.id())))
                .sorted(order(c.query("orderBy").orElse("key"))).toList();
        int startAt = Math.max(0, c.intQuery("startAt", 0));
        int maxResults = Math.clamp(c.intQuery("maxResults", 50), 1, 100);
        Set<String> expand = Expand.of(c.queryList("expand"));
        Views views = new Views(c.base(), c.dir());
        ObjectNode page = Json.object();
        page.put("self", c.base() + "/rest/api/3/project/search?" + query(startAt, maxResults));
        boolean last = startAt + maxResults >= matches.size();
        if (!last) {
            page.put("nextPage", c.base() + "/rest/api/3/project/search?" + query(startAt + maxResults, maxResults));
        }
        page.put("maxResults", maxResults);
        page.put("startAt", startAt);
        page.put("total", matches.size());
        page.put("isLast", last);
        ArrayNode values = page.putArray("values");
        matches.stream().skip(startAt).limit(maxResults)
                .forEach(p -> values.add(views.projectSearchEntry(p, expand, canEdit(c))));
        return Response.json(200, page);
    }

    private static Comparator<Project> order(String orderBy) {
        Comparator<Project> byKey = Comparator.comparing(Project::key);
        return switch (orderBy) {
            case "-key" -> byKey.reversed();
            case "name" -> Comparator.comparing(Project::name);
            case "-name" -> Comparator.comparing(Project::name).reversed();
            default -> byKey;
        };
    }

    private static String query(int startAt, int maxResults) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("startAt", List.of(Integer.toString(startAt)));
        q.put("maxResults", List.of(Integer.toString(maxResults)));
        return QueryStrings.format(q);
    }

    /** The legacy full list: the entries the search gives, unpaged, with the same {@code expand}. */
    static Response all(ApiCall c) {
        Views views = new Views(c.base(), c.dir());
        Set<String> expand = Expand.of(c.queryList("expand"));
        ArrayNode out = Json.array();
        c.dir().projects().stream().filter(p -> c.can(ProjectPermission.BROWSE_PROJECTS, p))
                .sorted(Comparator.comparing(Project::key))
                .forEach(p -> out.add(views.projectSearchEntry(p, expand, canEdit(c))));
        return Response.json(200, out);
    }

    /**
     * Whether the caller can edit a project: Jira's {@code action=edit} filter names the Administer projects project
     * permission or the Administer Jira global permission, and the twin models no global permissions
     * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-search-get).
     */
    private static Predicate<Project> canEdit(ApiCall c) {
        return p -> c.can(ProjectPermission.ADMINISTER_PROJECTS, p);
    }

    static Response get(ApiCall c) {
        String ref = c.param("projectIdOrKey");
        // "The project ID or project key (case sensitive)" (Get project): "autotest" does not find AUTOTEST.
        Project p = c.visibleProject(ref).filter(x -> x.id().equals(ref) || x.key().equals(ref))
                .orElseThrow(() -> JiraException.message(404, "No project could be found with "
                        + (ref.matches("\\d+") ? "id" : "key") + " '" + ref + "'."));
        return Response.json(200, new Views(c.base(), c.dir()).project(p));
    }

    /** The statuses each of the project's issue types can be in: its workflow's, as the twin's types share the project's one. */
    static Response statuses(ApiCall c) {
        Project p = ComponentsApi.project(c, c.param("projectIdOrKey"));
        Views views = new Views(c.base(), c.dir());
        com.fasterxml.jackson.databind.node.ArrayNode out = Json.array();
        for (String typeId : p.issueTypeIds()) {
            c.dir().issueType(typeId).ifPresent(t -> {
                com.fasterxml.jackson.databind.node.ObjectNode n = out.addObject().put("self", c.base() + "/rest/api/3/issueType/" + t.id())
                        .put("id", t.id()).put("name", t.name()).put("subtask", t.subtask());
                com.fasterxml.jackson.databind.node.ArrayNode statuses = n.putArray("statuses");
                p.workflow().statusIds().forEach(s -> statuses.add(views.status(c.dir().status(s))));
            });
        }
        return Response.json(200, out);
    }
}
