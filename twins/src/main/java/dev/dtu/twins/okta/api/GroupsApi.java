package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.Apps;
import dev.dtu.twins.okta.model.Group;
import dev.dtu.twins.okta.model.GroupQueries;
import dev.dtu.twins.okta.model.Groups;
import dev.dtu.twins.okta.model.OktaErrors;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.Users;
import dev.dtu.server.resource.filter.Filter;
import java.util.List;
import java.util.function.Predicate;

/** The Groups API: CRUD, list with q/filter/search, members. */
final class GroupsApi {
    private static final Pages.Limits LIMITS = new Pages.Limits(10_000, 10_000);
    private static final Pages.Limits MEMBER_LIMITS = new Pages.Limits(1000, 1000);

    private GroupsApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get("/api/v1/groups", OktaRoute.api("listGroups", GroupsApi::list))
                .post("/api/v1/groups", OktaRoute.api("addGroup", GroupsApi::create))
                .get("/api/v1/groups/{groupId}", OktaRoute.api("getGroup", GroupsApi::get))
                .put("/api/v1/groups/{groupId}", OktaRoute.api("replaceGroup", GroupsApi::replace))
                .delete("/api/v1/groups/{groupId}", OktaRoute.api("deleteGroup", GroupsApi::delete))
                .get("/api/v1/groups/{groupId}/users", OktaRoute.api("listGroupUsers", GroupsApi::members))
                .put("/api/v1/groups/{groupId}/users/{userId}", OktaRoute.api("assignUserToGroup", GroupsApi::addMember))
                .delete("/api/v1/groups/{groupId}/users/{userId}",
                        OktaRoute.api("unassignUserFromGroup", GroupsApi::removeMember))
                .get("/api/v1/groups/{groupId}/apps", OktaRoute.api("listAssignedApplicationsForGroup", GroupsApi::apps));
    }

    private static Response list(OktaRequest r) {
        Predicate<Group> matches = matcher(r);
        List<Group> groups = r.state().all(Groups.GROUPS).values().stream().filter(matches).toList();
        return Pages.page(r, groups, Group::id, g -> GroupJson.of(g, r.orgUrl()), LIMITS);
    }

    private static Predicate<Group> matcher(OktaRequest r) {
        String search = r.query("search").orElse(null);
        String filter = r.query("filter").orElse(null);
        if (search != null && filter != null) {
            throw OktaErrors.searchAndFilterTogether();
        }
        if (search != null) {
            Filter f = GroupQueries.parseSearch(search);
            return g -> GroupQueries.matchesSearch(f, g);
        }
        if (filter != null) {
            Filter f = GroupQueries.parseFilter(filter);
            return g -> GroupQueries.matchesFilter(f, g);
        }
        String q = r.query("q").orElse(null);
        return g -> q == null || GroupQueries.matchesQ(g, q);
    }

    private static Response create(OktaRequest r) {
        JsonNode profile = r.body().path("profile");
        Group group = r.write(tx -> new Groups(tx, r.audit()).create(Bodies.text(profile.path("name")),
                Bodies.text(profile.path("description"))));
        return Response.json(200, GroupJson.of(group, r.orgUrl()));
    }

    private static Response get(OktaRequest r) {
        return Response.json(200, GroupJson.of(Groups.require(r.state(), r.param("groupId")), r.orgUrl()));
    }

    private static Response replace(OktaRequest r) {
        JsonNode profile = r.body().path("profile");
        Group group = r.write(tx -> new Groups(tx, r.audit()).replace(r.param("groupId"),
                Bodies.text(profile.path("name")), Bodies.text(profile.path("description"))));
        return Response.json(200, GroupJson.of(group, r.orgUrl()));
    }

    private static Response delete(OktaRequest r) {
        r.write(tx -> {
            new Groups(tx, r.audit()).delete(r.param("groupId"));
            return null;
        });
        return Response.empty(204);
    }

    private static Response members(OktaRequest r) {
        Group group = Groups.require(r.state(), r.param("groupId"));
        List<User> members = Groups.members(r.state(), group.id());
        return Pages.page(r, members, User::id, u -> UserJson.of(u, r.orgUrl()), MEMBER_LIMITS);
    }

    private static Response addMember(OktaRequest r) {
        r.write(tx -> {
            String userId = Users.require(tx.state(), r.param("userId")).id();
            new Groups(tx, r.audit()).addMemberByAdmin(r.param("groupId"), userId);
            return null;
        });
        return Response.empty(204);
    }

    private static Response removeMember(OktaRequest r) {
        r.write(tx -> {
            new Groups(tx, r.audit()).removeMember(r.param("groupId"), r.param("userId"));
            return null;
        });
        return Response.empty(204);
    }

    private static Response apps(OktaRequest r) {
        Group group = Groups.require(r.state(), r.param("groupId"));
        return Response.json(200, Apps.appsOfGroup(r.state(), group.id()).stream()
                .map(a -> AppJson.of(a, AppsApi.secret(r, a), r.orgUrl())).toList());
    }
}
