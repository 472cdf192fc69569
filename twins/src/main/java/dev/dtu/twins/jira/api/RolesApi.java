package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.JiraUser;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.ProjectPermission;
import dev.dtu.twins.jira.model.ProjectRole;
import dev.dtu.twins.jira.model.RoleCatalogue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Project roles and project role actors: the site's role catalogue and who plays each role in a project
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-project-roles/ and
 * .../api-group-project-role-actors/). Reading or changing a project's actors needs Administer Projects there or
 * Administer Jira; the catalogue needs Administer Jira. Default actors are not modelled: every role has none.
 */
final class RolesApi {
    static final String USER_ACTOR = "atlassian-user-role-actor";
    static final String GROUP_ACTOR = "atlassian-group-role-actor";

    private RolesApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/project/{projectIdOrKey}/role", RolesApi::projectRoles)
                .get("/rest/api/3/project/{projectIdOrKey}/role/{id}", RolesApi::projectRole)
                .post("/rest/api/3/project/{projectIdOrKey}/role/{id}", RolesApi::addActors)
                .put("/rest/api/3/project/{projectIdOrKey}/role/{id}", RolesApi::setActors)
                .delete("/rest/api/3/project/{projectIdOrKey}/role/{id}", RolesApi::deleteActor)
                .get("/rest/api/3/project/{projectIdOrKey}/roledetails", RolesApi::roleDetails)
                .get("/rest/api/3/role", RolesApi::allRoles)
                .get("/rest/api/3/role/{id}", RolesApi::role)
                .get("/rest/api/3/role/{id}/actors", RolesApi::defaultActors);
    }

    static Response projectRoles(ApiCall c) {
        Project p = administered(c);
        ObjectNode out = Json.object();
        catalogue(c).names().forEach((id, name) -> out.put(name, self(c, p, id)));
        return Response.json(200, out);
    }

    static Response projectRole(ApiCall c) {
        Project p = administered(c);
        long id = roleId(c);
        String name = catalogue(c).name(id).orElseThrow(() -> noRole(id));
        return Response.json(200, view(c, p, id, name, true));
    }

    static Response roleDetails(ApiCall c) {
        Project p = administered(c);
        boolean mine = c.boolQuery("currentMember", false);
        ArrayNode out = Json.array();
        catalogue(c).names().forEach((id, name) -> {
            if (!mine || RoleCatalogue.in(p, name).played(c.actor())) {
                out.add(view(c, p, id, name, false));
            }
        });
        return Response.json(200, out);
    }

    /** Adds accounts (user) or groups (group names, groupId) to the role; those already in it stay once. */
    static Response addActors(ApiCall c) {
        Project p = administered(c);
        long id = roleId(c);
        String name = catalogue(c).name(id).orElseThrow(() -> noRole(id));
        JsonNode body = c.objectBody();
        List<String> users = accounts(c, strings(body, "user"));
        List<String> groups = groups(c, strings(body, "group"), strings(body, "groupId"));
        if (users.isEmpty() && groups.isEmpty()) {
            // Guessed wording: Atlassian documents the 400 ("if the request is not valid") without its message.
            throw JiraException.message(400, "You must specify at least one user or group to add to the project role.");
        }
        ProjectRole now = RoleCatalogue.in(p, name);
        Project updated = c.write(site -> site.setRoleActors(p,
                new ProjectRole(name, union(now.accountIds(), users), union(now.groups(), groups))));
        return Response.json(200, view(c, updated, id, name, true));
    }

    /** Replaces the role's actors with {@code categorisedActors} (accounts by id, groups by name or id). */
    static Response setActors(ApiCall c) {
        Project p = administered(c);
        long id = roleId(c);
        String name = catalogue(c).name(id).orElseThrow(() -> noRole(id));
        JsonNode actors = c.objectBody().path("categorisedActors");
        if (!actors.isObject()) {
            throw JiraException.message(400, "categorisedActors is required.");
        }
        List<String> users = accounts(c, strings(actors, USER_ACTOR));
        List<String> groups = groups(c, strings(actors, GROUP_ACTOR), strings(actors, GROUP_ACTOR + "-id"));
        Project updated = c.write(site -> site.setRoleActors(p, new ProjectRole(name, users, groups)));
        return Response.json(200, view(c, updated, id, name, true));
    }

    /** Removes one account or group; removing one that is not in the role changes nothing and still answers 204. */
    static Response deleteActor(ApiCall c) {
        Project p = administered(c);
        long id = roleId(c);
        String name = catalogue(c).name(id).orElseThrow(() -> noRole(id));
        String user = c.query("user").orElse(null);
        String group = c.query("group").or(() -> c.query("groupId").map(g -> groupNamed(c, g))).orElse(null);
        if (user == null && group == null) {
            throw JiraException.message(400, "You must specify a user or a group to remove from the project role.");
        }
        ProjectRole now = RoleCatalogue.in(p, name);
        c.write(site -> site.setRoleActors(p, new ProjectRole(name,
                now.accountIds().stream().filter(a -> !a.equals(user)).toList(),
                now.groups().stream().filter(g -> !g.equals(group)).toList())));
        return Response.empty(204);
    }

    static Response allRoles(ApiCall c) {
        requireAdmin(c);
        ArrayNode out = Json.array();
        catalogue(c).names().forEach((id, name) -> out.add(globalView(c, id, name)));
        return Response.json(200, out);
    }

    static Response role(ApiCall c) {
        requireAdmin(c);
        long id = roleId(c);
        return Response.json(200, globalView(c, id, catalogue(c).name(id).orElseThrow(() -> noRole(id))));
    }

    static Response defaultActors(ApiCall c) {
        requireAdmin(c);
        long id = roleId(c);
        catalogue(c).name(id).orElseThrow(() -> noRole(id));
        ObjectNode out = Json.object();
        out.putArray("actors");
        return Response.json(200, out);
    }

    private static ObjectNode globalView(ApiCall c, long id, String name) {
        ObjectNode n = Json.object().put("self", c.base() + "/rest/api/3/role/" + id).put("name", name).put("id", id)
                .put("description", catalogue(c).description(name));
        n.putArray("actors");
        n.putObject("scope").put("type", "GLOBAL");
        return n.put("admin", false).put("default", false).put("roleConfigurable", true).put("translatedName", name);
    }

    private static ObjectNode view(ApiCall c, Project p, long id, String name, boolean withActors) {
        ObjectNode n = Json.object().put("self", self(c, p, id)).put("name", name).put("id", id)
                .put("description", catalogue(c).description(name));
        if (withActors) {
            n.set("actors", actors(c, p, RoleCatalogue.in(p, name)));
        }
        n.putObject("scope").put("type", "PROJECT").putObject("project").put("id", p.id()).put("key", p.key())
                .put("name", p.name());
        return n.put("admin", false).put("default", false).put("roleConfigurable", true).put("translatedName", name);
    }

    /** Actors sorted by display name, as Jira lists them. */
    private static ArrayNode actors(ApiCall c, Project p, ProjectRole role) {
        List<ObjectNode> out = new ArrayList<>();
        boolean activeOnly = c.boolQuery("excludeInactiveUsers", false);
        for (String accountId : role.accountIds()) {
            c.dir().user(accountId).filter(u -> !activeOnly || u.active()).ifPresent(u -> {
                ObjectNode a = Json.object().put("id", actorId(p, role, accountId)).put("displayName", u.displayName())
                        .put("type", USER_ACTOR);
                a.putObject("actorUser").put("accountId", u.accountId());
                out.add(a);
            });
        }
        for (String group : role.groups()) {
            ObjectNode a = Json.object().put("id", actorId(p, role, "group:" + group)).put("displayName", group)
                    .put("type", GROUP_ACTOR).put("name", group);
            a.putObject("actorGroup").put("name", group).put("displayName", group).put("groupId", Groups.id(group));
            out.add(a);
        }
        out.sort(Comparator.comparing(n -> n.path("displayName").asText().toLowerCase(java.util.Locale.ROOT)));
        ArrayNode array = Json.array();
        out.forEach(array::add);
        return array;
    }

    /** Jira gives each actor row a number of its own; the twin derives a stable one from what the row holds. */
    private static long actorId(Project p, ProjectRole role, String who) {
        return 10_000 + Math.floorMod((p.id() + "/" + role.name() + "/" + who).hashCode(), 90_000);
    }

    private static String self(ApiCall c, Project p, long id) {
        return c.base() + "/rest/api/3/project/" + p.id() + "/role/" + id;
    }

    private static RoleCatalogue catalogue(ApiCall c) {
        return RoleCatalogue.of(c.dir());
    }

    private static long roleId(ApiCall c) {
        try {
            return Long.parseLong(c.param("id"));
        } catch (NumberFormatException e) {
            throw JiraException.message(404, "The project role with id " + c.param("id") + " does not exist.");
        }
    }

    private static JiraException noRole(long id) {
        // Guessed wording: the spec documents the 404 without its message.
        return JiraException.message(404, "The project role with id " + id + " does not exist.");
    }

    /** The path's project, if the caller administers it (a project they cannot see does not exist for them). */
    static Project administered(ApiCall c) {
        String ref = c.param("projectIdOrKey");
        Project p = c.visibleProject(ref).or(() -> c.dir().project(ref).filter(x -> administersJira(c.actor())))
                .orElseThrow(() -> JiraException.message(404, "No project could be found with "
                        + (ref.matches("\\d+") ? "id" : "key") + " '" + ref + "'."));
        if (!administersJira(c.actor()) && !c.can(ProjectPermission.ADMINISTER_PROJECTS, p)) {
            throw JiraException.message(403, "You cannot edit the configuration of this project.");
        }
        return p;
    }

    static void requireAdmin(ApiCall c) {
        if (!administersJira(c.actor())) {
            throw JiraException.message(403, "You do not have permission to view project roles.");
        }
    }

    static boolean administersJira(JiraUser user) {
        return DeclaredApi.granted(user, "ADMINISTER");
    }

    private static List<String> strings(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw JiraException.message(400, ApiCall.BAD_PAYLOAD);
        }
        List<String> out = new ArrayList<>();
        v.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static List<String> accounts(ApiCall c, List<String> ids) {
        for (String id : ids) {
            if (c.dir().user(id).isEmpty()) {
                // Guessed wording, as above.
                throw JiraException.message(400, "The user with account ID '" + id + "' does not exist.");
            }
        }
        return ids;
    }

    private static List<String> groups(ApiCall c, List<String> names, List<String> ids) {
        Set<String> known = Groups.all(c.dir());
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (!known.contains(name)) {
                throw JiraException.message(400, "The group '" + name + "' does not exist.");
            }
            out.add(name);
        }
        ids.forEach(id -> out.add(groupNamed(c, id)));
        return out;
    }

    private static String groupNamed(ApiCall c, String groupId) {
        return Groups.all(c.dir()).stream().filter(g -> Groups.id(g).equals(groupId)).findFirst()
                .orElseThrow(() -> JiraException.message(400, "The group with ID '" + groupId + "' does not exist."));
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
