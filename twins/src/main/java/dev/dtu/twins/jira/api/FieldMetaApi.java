package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.CustomField;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.IssueType;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.ProjectPermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Create metadata (per project and issue type) and edit metadata: which fields a screen shows and accepts. */
final class FieldMetaApi {
    private static final List<String> CREATE = List.of("issuetype", "project", "summary", "description", "priority", "labels",
            "assignee", "reporter", "components", "fixVersions", "versions", "duedate");
    private static final Set<String> REQUIRED = Set.of("issuetype", "project", "summary", "reporter");

    private FieldMetaApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/issue/createmeta", FieldMetaApi::legacy).get("/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes", FieldMetaApi::issueTypes)
                .get("/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}", FieldMetaApi::fields)
                .get("/rest/api/3/issue/{issueIdOrKey}/editmeta", FieldMetaApi::editMeta);
    }

    static Response issueTypes(ApiCall c) {
        Project project = project(c);
        Views views = new Views(c.base(), c.dir());
        List<IssueType> types = project.issueTypeIds().stream().map(id -> c.dir().issueType(id).orElseThrow()).toList();
        return Response.json(200, page(c, types.stream().map(views::issueType).toList(), "issueTypes"));
    }

    static Response fields(ApiCall c) {
        Project project = project(c);
        String typeId = c.param("issueTypeId");
        if (!project.issueTypeIds().contains(typeId)) {
            throw JiraException.message(404, "Issue type with id '" + typeId + "' does not exist or is not valid for this project.");
        }
        Views views = new Views(c.base(), c.dir());
        List<ObjectNode> fields = new ArrayList<>();
        for (String id : CREATE) {
            fields.add(meta(views, project, id, REQUIRED.contains(id)).put("fieldId", id));
        }
        project.customFieldIds().forEach(id -> fields.add(meta(views, project, id, false).put("fieldId", id)));
        return Response.json(200, page(c, fields, "fields"));
    }

    static Response editMeta(ApiCall c) {
        Issue issue = c.issue();
        Project project = c.dir().projectOf(issue);
        Views views = new Views(c.base(), c.dir());
        ObjectNode out = Json.object();
        ObjectNode fields = out.putObject("fields");
        if (!c.can(ProjectPermission.EDIT_ISSUES, issue)) {
            return Response.json(200, out); // Jira lists only the fields the caller may edit
        }
        CREATE.stream().filter(id -> !id.equals("project"))
                .forEach(id -> fields.set(id, meta(views, project, id, id.equals("summary") || id.equals("issuetype"))));
        project.customFieldIds().forEach(id -> fields.set(id, meta(views, project, id, false)));
        return Response.json(200, out);
    }

    /**
     * The older create metadata, every project and issue type at once, filtered by {@code projectIds},
     * {@code projectKeys}, {@code issuetypeIds} and {@code issuetypeNames}; each issue type's fields only with
     * {@code expand=projects.issuetypes.fields} (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-get).
     */
    static Response legacy(ApiCall c) {
        List<String> ids = c.queryList("projectIds");
        List<String> keys = c.queryList("projectKeys");
        List<String> typeIds = c.queryList("issuetypeIds");
        List<String> typeNames = c.queryList("issuetypeNames");
        boolean withFields = Expand.of(c.queryList("expand")).contains("projects.issuetypes.fields");
        Views views = new Views(c.base(), c.dir());
        ObjectNode out = Json.object().put("expand", "projects");
        ArrayNode projects = out.putArray("projects");
        c.dir().projects().stream().filter(p -> c.can(ProjectPermission.CREATE_ISSUES, p))
                .filter(p -> (ids.isEmpty() && keys.isEmpty()) || ids.contains(p.id()) || keys.contains(p.key()))
                .sorted(java.util.Comparator.comparing(Project::key)).forEach(p -> {
                    ObjectNode pn = views.projectRef(p).put("expand", "issuetypes");
                    ArrayNode types = pn.putArray("issuetypes");
                    p.issueTypeIds().stream().map(id -> c.dir().issueType(id).orElseThrow())
                            .filter(t -> (typeIds.isEmpty() && typeNames.isEmpty()) || typeIds.contains(t.id())
                                    || typeNames.contains(t.name()))
                            .forEach(t -> {
                                ObjectNode tn = views.issueType(t).put("expand", "fields");
                                if (withFields) {
                                    ObjectNode fields = tn.putObject("fields");
                                    CREATE.forEach(id -> fields.set(id, meta(views, p, id, REQUIRED.contains(id))));
                                    p.customFieldIds().forEach(id -> fields.set(id, meta(views, p, id, false)));
                                }
                                types.add(tn);
                            });
                    projects.add(pn);
                });
        return Response.json(200, out);
    }

    private static ObjectNode page(ApiCall c, List<ObjectNode> values, String name) {
        int startAt = Math.max(0, c.intQuery("startAt", 0));
        int maxResults = Math.clamp(c.intQuery("maxResults", 50), 1, 200);
        ObjectNode out = Json.object();
        out.put("maxResults", maxResults);
        out.put("startAt", startAt);
        out.put("total", values.size());
        ArrayNode items = out.putArray(name);
        values.stream().skip(startAt).limit(maxResults).forEach(items::add);
        return out;
    }

    private static ObjectNode meta(Views views, Project project, String id, boolean required) {
        ObjectNode n = Json.object();
        n.put("required", required);
        n.set("schema", FieldCatalog.schema(views, id));
        n.put("name", FieldCatalog.name(views.dir(), id));
        n.put("key", id);
        n.put("hasDefaultValue", id.equals("priority") || id.equals("reporter"));
        ArrayNode ops = n.putArray("operations");
        (Set.of("labels", "components", "fixVersions", "versions").contains(id) ? List.of("add", "set", "remove") : List.of("set")).forEach(ops::add);
        ArrayNode allowed = allowedValues(views, project, id);
        if (allowed != null) {
            n.set("allowedValues", allowed);
        }
        if (id.equals("priority")) {
            views.dir().defaultPriority().ifPresent(p -> n.set("defaultValue", views.priority(p)));
        }
        return n;
    }

    private static ArrayNode allowedValues(Views views, Project project, String id) {
        ArrayNode a = Json.array();
        switch (id) {
            case "issuetype" -> project.issueTypeIds().forEach(t -> views.dir().issueType(t).ifPresent(x -> a.add(views.issueType(x))));
            case "project" -> a.add(views.projectRef(project));
            case "priority" -> views.dir().priorities().forEach(p -> a.add(views.priority(p)));
            case "components" -> project.components().forEach(comp -> a.add(views.component(project, comp)));
            case "fixVersions", "versions" -> views.dir().versions(project.id()).stream().filter(v -> !v.archived())
                    .forEach(v -> a.add(views.version(v).put("projectId", Long.parseLong(project.id()))));
            default -> {
                CustomField cf = views.dir().customField(id).filter(f -> f.type().equals("option")).orElse(null);
                if (cf == null) {
                    return null;
                }
                cf.options().forEach(o -> a.addObject().put("self", views.base() + "/rest/api/3/customFieldOption/" + o.id())
                        .put("value", o.value()).put("id", o.id()));
            }
        }
        return a;
    }

    private static Project project(ApiCall c) {
        String ref = c.param("projectIdOrKey");
        return c.visibleProject(ref).orElseThrow(() -> JiraException.message(404, "No project could be found with "
                + (ref.matches("\\d+") ? "id" : "key") + " '" + ref + "'."));
    }
}
