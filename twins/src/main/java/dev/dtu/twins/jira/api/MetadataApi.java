package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Directory;
import dev.dtu.twins.jira.model.IssueLinkType;
import dev.dtu.twins.jira.model.StatusCategory;
import java.util.function.Function;

/** The site's configuration: server info, statuses, categories, issue types, priorities, resolutions, fields. */
final class MetadataApi {
    private MetadataApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/serverInfo", MetadataApi::serverInfo)
                .get("/rest/api/3/status", c -> list(c, v -> each(v, v.dir().statuses(), v::status)))
                .get("/rest/api/3/statuscategory", c -> list(c, v -> each(v, StatusCategory.all(), v::category)))
                .get("/rest/api/3/issuetype", c -> list(c, v -> each(v, v.dir().issueTypes(), v::issueType)))
                .get("/rest/api/3/issuetype/{id}", c -> Response.json(200, new Views(c.base(), c.dir()).issueType(issueType(c))))
                .get("/rest/api/3/issuetype/{id}/alternatives", MetadataApi::alternatives)
                .get("/rest/api/3/priority", c -> list(c, v -> each(v, v.dir().priorities(), v::priority)))
                .get("/rest/api/3/priority/search", MetadataApi::prioritySearch)
                .get("/rest/api/3/priority/{id}", MetadataApi::priority)
                .get("/rest/api/3/resolution", c -> list(c, v -> each(v, v.dir().resolutions(), v::resolution)))
                .get("/rest/api/3/resolution/search", MetadataApi::resolutionSearch)
                .get("/rest/api/3/resolution/{id}", MetadataApi::resolution)
                .get("/rest/api/3/field", c -> list(c, v -> {
                    ArrayNode a = Json.array();
                    FieldCatalog.all(v).forEach(a::add);
                    return a;
                }))
                .get("/rest/api/3/issueLinkType", MetadataApi::linkTypes);
    }

    static Response serverInfo(ApiCall c) {
        Directory dir = c.dir();
        ObjectNode n = Json.object();
        n.put("baseUrl", c.base());
        n.put("displayUrl", c.base());
        n.put("version", "1001.0.0-SNAPSHOT");
        n.putArray("versionNumbers").add(1001).add(0).add(0);
        n.put("deploymentType", "Cloud");
        n.put("buildNumber", 100_284);
        n.put("buildDate", "2026-01-01T00:00:00.000+0000");
        n.put("serverTime", Dates.json(c.call().now()));
        n.put("scmInfo", "dtu-jira-twin");
        n.put("serverTitle", dir.settings().siteTitle());
        n.put("serverTimeZone", "Etc/UTC");
        return Response.json(200, n);
    }

    private static Response list(ApiCall c, Function<Views, ArrayNode> build) {
        return Response.json(200, build.apply(new Views(c.base(), c.dir())));
    }

    private static <T> ArrayNode each(Views v, java.util.List<T> items, Function<T, ObjectNode> view) {
        ArrayNode a = Json.array();
        items.forEach(i -> a.add(view.apply(i)));
        return a;
    }

    static Response resolution(ApiCall c) {
        String id = c.param("id");
        return c.dir().resolution(id).map(r -> Response.json(200, new Views(c.base(), c.dir()).resolution(r)))
                .orElseThrow(() -> dev.dtu.twins.jira.model.JiraException.message(404,
                        "The resolution with ID '" + id + "' does not exist."));
    }

    /** The resolutions as a page, filtered by {@code id} (repeatable); the twin's site has no default resolution. */
    static Response resolutionSearch(ApiCall c) {
        java.util.List<String> ids = c.queryList("id");
        Views views = new Views(c.base(), c.dir());
        java.util.List<dev.dtu.twins.jira.model.Resolution> found = c.boolQuery("onlyDefault", false) ? java.util.List.of()
                : c.dir().resolutions().stream().filter(r -> ids.isEmpty() || ids.contains(r.id())).toList();
        return Response.json(200, AgilePaging.pageBean(c, found, r -> views.resolution(r).put("isDefault", false), 50));
    }

    private static dev.dtu.twins.jira.model.IssueType issueType(ApiCall c) {
        String id = c.param("id");
        return c.dir().issueType(id).orElseThrow(() -> dev.dtu.twins.jira.model.JiraException.message(404,
                "The issue type with id '" + id + "' does not exist."));
    }

    /**
     * The types an issue of this type may be changed to: every other type of the same level (sub-task or not), as
     * the twin's types all share the one workflow, field configuration and screen scheme Jira compares.
     */
    static Response alternatives(ApiCall c) {
        var type = issueType(c);
        Views views = new Views(c.base(), c.dir());
        return Response.json(200, each(views, c.dir().issueTypes().stream()
                .filter(t -> t.subtask() == type.subtask() && !t.id().equals(type.id())).toList(), views::issueType));
    }

    static Response priority(ApiCall c) {
        String id = c.param("id");
        return c.dir().priority(id).map(p -> Response.json(200, new Views(c.base(), c.dir()).priority(p)))
                .orElseThrow(() -> dev.dtu.twins.jira.model.JiraException.message(404,
                        "The priority with ID '" + id + "' does not exist."));
    }

    /**
     * The priorities as a page, filtered by {@code id} (repeatable) and {@code priorityName} (contained, any case).
     * Priority schemes are not modelled, so {@code projectId} does not narrow; the search marks no priority as the
     * default, as Jira's does (defaults belong to priority schemes).
     */
    static Response prioritySearch(ApiCall c) {
        java.util.List<String> ids = c.queryList("id");
        String name = c.query("priorityName").orElse("").toLowerCase(java.util.Locale.ROOT);
        Views views = new Views(c.base(), c.dir());
        java.util.List<dev.dtu.twins.jira.model.Priority> found = c.boolQuery("onlyDefault", false) ? java.util.List.of()
                : c.dir().priorities().stream().filter(p -> ids.isEmpty() || ids.contains(p.id()))
                        .filter(p -> p.name().toLowerCase(java.util.Locale.ROOT).contains(name)).toList();
        return Response.json(200, AgilePaging.pageBean(c, found, p -> views.priority(p).put("isDefault", false), 50));
    }

    static Response linkTypes(ApiCall c) {
        IssueViews views = new IssueViews(c.base(), c.dir());
        ObjectNode out = Json.object();
        ArrayNode types = out.putArray("issueLinkTypes");
        IssueLinkType.defaults().forEach(t -> types.add(views.linkType(t)));
        return Response.json(200, out);
    }
}
