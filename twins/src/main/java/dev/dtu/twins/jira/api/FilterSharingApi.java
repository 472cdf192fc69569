package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.JiraKinds;
import dev.dtu.twins.jira.model.JiraUser;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.ProjectPermission;
import dev.dtu.twins.jira.model.RoleCatalogue;
import dev.dtu.twins.jira.model.agile.Filter;
import dev.dtu.twins.jira.model.agile.Filter.SharePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Filter sharing (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-filter-sharing/) and a
 * filter's own columns (the column part of api-group-filters). A share makes the filter visible to its project's
 * browsers (a project role share: guessed the same), a group's members, one user, or everyone; only the owner
 * changes shares and columns. The default share scope is kept per user.
 */
final class FilterSharingApi {
    private static final Set<String> TYPES = Set.of("project", "projectRole", "group", "user", "global", "authenticated");
    private static final Set<String> SCOPES = Set.of("GLOBAL", "AUTHENTICATED", "PRIVATE");
    private static final String SCOPE_KEY = "/jira.user.filter.default.share.scope";

    private FilterSharingApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/filter/defaultShareScope", FilterSharingApi::defaultScope)
                .put("/rest/api/3/filter/defaultShareScope", FilterSharingApi::setDefaultScope)
                .get("/rest/api/3/filter/{id}/permission", c -> Response.json(200, permissions(c, FiltersApi.filter(c))))
                .post("/rest/api/3/filter/{id}/permission", FilterSharingApi::add)
                .get("/rest/api/3/filter/{id}/permission/{permissionId}", FilterSharingApi::get)
                .delete("/rest/api/3/filter/{id}/permission/{permissionId}", FilterSharingApi::delete)
                .get("/rest/api/3/filter/{id}/columns", FilterSharingApi::columns)
                .put("/rest/api/3/filter/{id}/columns", FilterSharingApi::setColumns)
                .delete("/rest/api/3/filter/{id}/columns", FilterSharingApi::resetColumns);
    }

    static Response defaultScope(ApiCall c) {
        String scope = c.call().state().get(JiraKinds.PREFERENCES, c.actor().accountId() + SCOPE_KEY).orElse("PRIVATE");
        return Response.json(200, Json.object().put("scope", scope));
    }

    static Response setDefaultScope(ApiCall c) {
        String scope = FiltersApi.text(c.objectBody(), "scope");
        if (scope == null || !SCOPES.contains(scope)) {
            throw JiraException.message(400, "Invalid scope: " + scope + ". Valid values are GLOBAL, AUTHENTICATED, PRIVATE.");
        }
        c.call().write((Tx tx) -> tx.put(JiraKinds.PREFERENCES, c.actor().accountId() + SCOPE_KEY, scope));
        return Response.json(200, Json.object().put("scope", scope));
    }

    static Response add(ApiCall c) {
        Filter f = owned(c);
        JsonNode body = c.objectBody();
        String type = FiltersApi.text(body, "type");
        if (type == null || !TYPES.contains(type)) {
            throw JiraException.field("type", "The share type '" + type + "' is not valid.");
        }
        SharePermission draft = switch (type) {
            case "project", "projectRole" -> projectShare(c, body, type);
            case "group" -> groupShare(c, body);
            case "user" -> userShare(c, body);
            default -> new SharePermission(0, type, null, null, null, null, false);
        };
        boolean edit = body.path("rights").asInt(1) > 1;
        SharePermission withRights = new SharePermission(0, draft.type(), draft.projectId(), draft.roleId(), draft.groupName(),
                draft.accountId(), edit);
        Filter shared = c.agileWrite(a -> a.share(f, withRights));
        return Response.json(201, permissions(c, shared));
    }

    private static SharePermission projectShare(ApiCall c, JsonNode body, String type) {
        String ref = FiltersApi.text(body, "projectId");
        Project p = c.visibleProject(ref).filter(x -> x.id().equals(ref))
                .orElseThrow(() -> JiraException.field("projectId", "The project with id '" + ref + "' does not exist."));
        String roleId = body.has("projectRoleId") ? body.path("projectRoleId").asText() : null;
        if (type.equals("projectRole") || roleId != null) {
            if (roleId == null || !roleId.matches("\\d{1,12}") || RoleCatalogue.of(c.dir()).name(Long.parseLong(roleId)).isEmpty()) {
                throw JiraException.field("projectRoleId", "The project role with id '" + roleId + "' does not exist.");
            }
            return new SharePermission(0, "projectRole", p.id(), roleId, null, null, false);
        }
        return new SharePermission(0, "project", p.id(), null, null, null, false);
    }

    private static SharePermission groupShare(ApiCall c, JsonNode body) {
        String name = FiltersApi.text(body, "groupname");
        String groupId = FiltersApi.text(body, "groupId");
        String found = Groups.all(c.dir()).stream().filter(g -> g.equals(name) || Groups.id(g).equals(groupId)).findFirst()
                .orElseThrow(() -> JiraException.field("groupname", "Group '" + (name == null ? groupId : name)
                        + "' does not exist."));
        return new SharePermission(0, "group", null, null, found, null, false);
    }

    private static SharePermission userShare(ApiCall c, JsonNode body) {
        String accountId = FiltersApi.text(body, "accountId");
        JiraUser u = c.dir().user(accountId)
                .orElseThrow(() -> JiraException.field("accountId", "The user with account ID '" + accountId + "' does not exist."));
        return new SharePermission(0, "user", null, null, null, u.accountId(), false);
    }

    static Response get(ApiCall c) {
        Filter f = FiltersApi.filter(c);
        SharePermission s = share(c, f);
        return Response.json(200, view(c, s));
    }

    static Response delete(ApiCall c) {
        Filter f = owned(c);
        SharePermission s = share(c, f);
        c.agileWrite(a -> a.unshare(f, s.id()));
        return Response.empty(204);
    }

    private static SharePermission share(ApiCall c, Filter f) {
        String id = c.param("permissionId");
        return f.shares().stream().filter(s -> Long.toString(s.id()).equals(id)).findFirst()
                .orElseThrow(() -> JiraException.message(404, "Share permission with id " + id + " does not exist."));
    }

    static ArrayNode permissions(ApiCall c, Filter f) {
        ArrayNode out = Json.array();
        f.shares().forEach(s -> out.add(view(c, s)));
        return out;
    }

    static ObjectNode view(ApiCall c, SharePermission s) {
        ObjectNode n = Json.object().put("id", s.id()).put("type", s.type());
        Views views = new Views(c.base(), c.dir());
        if (s.projectId() != null) {
            c.dir().project(s.projectId()).ifPresent(p -> n.set("project", views.projectRef(p)));
        }
        if (s.roleId() != null) {
            long roleId = Long.parseLong(s.roleId());
            String name = RoleCatalogue.of(c.dir()).name(roleId).orElse(s.roleId());
            n.putObject("role").put("self", c.base() + "/rest/api/3/project/" + s.projectId() + "/role/" + roleId)
                    .put("name", name).put("id", roleId);
        }
        if (s.groupName() != null) {
            n.putObject("group").put("name", s.groupName()).put("groupId", Groups.id(s.groupName()))
                    .put("self", c.base() + "/rest/api/3/group?groupId=" + Groups.id(s.groupName()));
        }
        if (s.accountId() != null) {
            n.set("user", views.userOrNull(s.accountId()));
        }
        return n;
    }

    /** Whether a share lets the caller see the filter. */
    static boolean sharedWith(ApiCall c, Filter f) {
        return f.shares().stream().anyMatch(s -> switch (s.type()) {
            case "global", "authenticated" -> true;
            case "project", "projectRole" -> c.dir().project(s.projectId())
                    .map(p -> c.can(ProjectPermission.BROWSE_PROJECTS, p)).orElse(false);
            case "group" -> c.actor().groups().contains(s.groupName());
            case "user" -> c.actor().accountId().equals(s.accountId());
            default -> false;
        });
    }

    /** A filter without columns of its own has no layout: Jira answers 404 (jira.js's live suite, against a real site). */
    static Response columns(ApiCall c) {
        Filter f = FiltersApi.filter(c);
        if (f.columns() == null) {
            throw JiraException.message(404, "There are no columns configured for the filter " + f.id() + ".");
        }
        ArrayNode out = Json.array();
        f.columns().forEach(id -> out.addObject().put("label", FieldCatalog.name(c.dir(), id)).put("value", id));
        return Response.json(200, out);
    }

    /** Columns as JSON ({@code {"columns": [...]}}) or as the form Jira's docs show ({@code columns=a&columns=b}). */
    static Response setColumns(ApiCall c) {
        Filter f = owned(c);
        List<String> columns = new ArrayList<>();
        String type = c.call().request().header("content-type").orElse("");
        if (type.startsWith("application/x-www-form-urlencoded")) {
            Map<String, List<String>> form = QueryStrings.parse(c.call().request().bodyText());
            columns.addAll(form.getOrDefault("columns", List.of()));
        } else {
            JsonNode list = c.objectBody().path("columns");
            if (!list.isArray()) {
                throw JiraException.message(400, ApiCall.BAD_PAYLOAD);
            }
            list.forEach(v -> columns.add(v.asText()));
        }
        checkColumns(c, columns);
        c.agileWrite(a -> a.columns(f, columns));
        return Response.empty(200);
    }

    /** Columns are navigable fields: 400 for any other id. */
    static void checkColumns(ApiCall c, List<String> columns) {
        Set<String> known = new java.util.HashSet<>(FieldCatalog.systemIds());
        known.add("issuekey");
        c.dir().customFields().forEach(cf -> known.add(cf.id()));
        for (String id : columns) {
            if (!known.contains(id)) {
                throw JiraException.message(400, "Invalid column: " + id + ". Only navigable fields can be set as columns.");
            }
        }
    }

    static Response resetColumns(ApiCall c) {
        Filter f = owned(c);
        c.agileWrite(a -> a.columns(f, null));
        return Response.empty(204);
    }

    private static Filter owned(ApiCall c) {
        Filter f = FiltersApi.filter(c);
        if (!f.ownerAccountId().equals(c.actor().accountId())) {
            throw JiraException.message(400, "You do not have permission to edit filter " + f.id() + ".");
        }
        return f;
    }
}
