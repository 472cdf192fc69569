package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.AppGroup;
import dev.dtu.twins.okta.model.AppUser;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.Apps;
import dev.dtu.twins.okta.model.NewApp;
import dev.dtu.twins.okta.model.OktaErrors;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.Users;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Applications API for apps of every sign-on mode: CRUD, lifecycle, user and group assignments. */
final class AppsApi {
    private static final Pages.Limits LIMITS = new Pages.Limits(20, 200);
    private static final Pages.Limits USER_LIMITS = new Pages.Limits(50, 500);
    private static final Pages.Limits GROUP_LIMITS = new Pages.Limits(20, 200);

    private AppsApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get("/api/v1/apps", OktaRoute.api("listApplications", AppsApi::list))
                .post("/api/v1/apps", OktaRoute.api("createApplication", AppsApi::create))
                .get("/api/v1/apps/{appId}", OktaRoute.api("getApplication", AppsApi::get))
                .put("/api/v1/apps/{appId}", OktaRoute.api("replaceApplication", AppsApi::replace))
                .delete("/api/v1/apps/{appId}", OktaRoute.api("deleteApplication", AppsApi::delete))
                .post("/api/v1/apps/{appId}/lifecycle/activate", OktaRoute.api("activateApplication", r -> status(r, true)))
                .post("/api/v1/apps/{appId}/lifecycle/deactivate",
                        OktaRoute.api("deactivateApplication", r -> status(r, false)))
                .get("/api/v1/apps/{appId}/users", OktaRoute.api("listApplicationUsers", AppsApi::users))
                .post("/api/v1/apps/{appId}/users", OktaRoute.api("assignUserToApplication", AppsApi::assignUser))
                .get("/api/v1/apps/{appId}/users/{userId}", OktaRoute.api("getApplicationUser", AppsApi::user))
                .delete("/api/v1/apps/{appId}/users/{userId}",
                        OktaRoute.api("unassignUserFromApplication", AppsApi::unassignUser))
                .get("/api/v1/apps/{appId}/groups", OktaRoute.api("listApplicationGroupAssignments", AppsApi::groups))
                .get("/api/v1/apps/{appId}/groups/{groupId}",
                        OktaRoute.api("getApplicationGroupAssignment", AppsApi::group))
                .put("/api/v1/apps/{appId}/groups/{groupId}",
                        OktaRoute.api("assignGroupToApplication", AppsApi::assignGroup))
                .delete("/api/v1/apps/{appId}/groups/{groupId}",
                        OktaRoute.api("unassignApplicationFromGroup", AppsApi::unassignGroup));
    }

    /** The app's client secret: stored for apps made through the API, minted per universe for seeded ones. */
    static String secret(OktaRequest r, Application app) {
        if (!app.oidc() || app.publicClient()) {
            return null;
        }
        return app.clientSecret() != null ? app.clientSecret()
                : r.call().universe().secret("okta", "client:" + app.clientId()).orElse(null);
    }

    private static Response list(OktaRequest r) {
        String q = r.query("q").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        java.util.function.Predicate<Application> filter = AppFilters.parse(r.query("filter").orElse(null));
        List<Application> apps = r.state().all(Apps.APPS).values().stream()
                .filter(a -> q == null || a.label().toLowerCase(Locale.ROOT).startsWith(q) || a.name().startsWith(q))
                .filter(filter)
                .toList();
        return Pages.page(r, apps, Application::id, a -> AppJson.of(a, secret(r, a), r.orgUrl()), LIMITS);
    }

    private static Response create(OktaRequest r) {
        JsonNode body = r.body();
        boolean activate = r.flag("activate", true);
        Application app;
        if (oidc(body)) {
            NewApp request = newApp(body, true);
            app = r.write(tx -> clientKeys(tx, r, new Apps(tx, r.audit()).create(request, extra(body), activate, true)));
        } else {
            String signOnMode = Bodies.text(body.path("signOnMode"));
            app = r.write(tx -> new Apps(tx, r.audit()).create(Bodies.text(body.path("name")), signOnMode,
                    Bodies.text(body.path("label")), extra(body), activate));
        }
        return Response.json(200, AppJson.of(app, secret(r, app), r.orgUrl()));
    }

    /** The JWKS a private_key_jwt client registers ({@code settings.oauthClient.jwks}) is kept beside the app. */
    private static Application clientKeys(dev.dtu.server.state.Tx tx, OktaRequest r, Application app) {
        dev.dtu.twins.okta.oauth.ClientKeys.put(tx, app.id(), r.body().path("settings").path("oauthClient").get("jwks"));
        return app;
    }

    /** An OIDC app's body: its sign-on mode says so, or (with none given) its name. */
    private static boolean oidc(JsonNode body) {
        String signOnMode = Bodies.text(body.path("signOnMode"));
        return Application.OPENID_CONNECT.equals(signOnMode)
                || signOnMode == null && Application.OIDC_NAME.equals(Bodies.text(body.path("name")));
    }

    /** The app object as given, without what the twin models or Okta sets (ids, status, links, the secret). */
    private static ObjectNode extra(JsonNode body) {
        if (!body.isObject()) {
            throw OktaErrors.apiValidationFailed("application", List.of("The request body was not well-formed."));
        }
        ObjectNode extra = ((ObjectNode) body).deepCopy();
        extra.remove(List.of("id", "name", "label", "status", "signOnMode", "created", "lastUpdated", "orn", "_links",
                "_embedded"));
        if (extra.path("credentials").path("oauthClient") instanceof ObjectNode client) {
            client.remove(List.of("client_secret", "client_id"));
        }
        return extra;
    }

    private static Response get(OktaRequest r) {
        Application app = Apps.require(r.state(), r.param("appId"));
        return Response.json(200, AppJson.of(app, secret(r, app), r.orgUrl()));
    }

    private static Response replace(OktaRequest r) {
        JsonNode body = r.body();
        Application existing = Apps.require(r.state(), r.param("appId"));
        String signOnMode = Bodies.text(body.path("signOnMode"));
        if (signOnMode != null && !signOnMode.equals(existing.signOnMode())) {
            throw OktaErrors.apiValidationFailed("signOnMode", List.of("signOnMode: The sign-on mode of an app "
                    + "cannot be changed from " + existing.signOnMode() + " to " + signOnMode));
        }
        Application app;
        if (existing.oidc()) {
            NewApp request = newApp(body, false);
            app = r.write(tx -> clientKeys(tx, r, new Apps(tx, r.audit()).replace(existing.id(), request, extra(body))));
        } else {
            app = r.write(tx -> new Apps(tx, r.audit()).replace(existing.id(), Bodies.text(body.path("label")),
                    extra(body)));
        }
        return Response.json(200, AppJson.of(app, secret(r, app), r.orgUrl()));
    }

    private static Response delete(OktaRequest r) {
        r.write(tx -> {
            new Apps(tx, r.audit()).delete(r.param("appId"));
            return null;
        });
        return Response.empty(204);
    }

    private static Response status(OktaRequest r, boolean activate) {
        r.write(tx -> activate ? new Apps(tx, r.audit()).activate(r.param("appId"))
                : new Apps(tx, r.audit()).deactivate(r.param("appId")));
        return Response.json(200, Json.object());
    }

    private static Response users(OktaRequest r) {
        Application app = Apps.require(r.state(), r.param("appId"));
        // q: a prefix of the user's userName, firstName, lastName or email (Okta's listApplicationUsers)
        String q = r.query("q").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        List<Map.Entry<String, String>> assigned = Apps.assignedUsers(r.state(), app.id()).entrySet().stream()
                .filter(e -> q == null || Users.find(r.state(), e.getKey()).map(u -> java.util.stream.Stream.of(
                        u.login(), u.profile().get("firstName"), u.profile().get("lastName"), u.profile().get("email"))
                        .anyMatch(v -> v != null && String.valueOf(v).toLowerCase(Locale.ROOT).startsWith(q)))
                        .orElse(false))
                .toList();
        return Pages.page(r, assigned, Map.Entry::getKey, e -> appUser(r, app, e.getKey(), e.getValue()), USER_LIMITS);
    }

    private static Response user(OktaRequest r) {
        Application app = Apps.require(r.state(), r.param("appId"));
        User user = Users.require(r.state(), r.param("userId"));
        String scope = Apps.assignmentScope(r.state(), app.id(), user.id())
                .orElseThrow(() -> OktaErrors.notFound(r.param("userId"), "AppUser"));
        return Response.json(200, appUser(r, app, user.id(), scope));
    }

    private static Response assignUser(OktaRequest r) {
        JsonNode body = r.body();
        String userId = Bodies.text(body.path("id"));
        if (userId == null) {
            throw OktaErrors.apiValidationFailed("id", List.of("id: The field cannot be left blank"));
        }
        AppUser assignment = r.write(tx -> new Apps(tx, r.audit()).assignUser(r.param("appId"),
                Users.require(tx.state(), userId).id()));
        Application app = Apps.require(r.state(), assignment.appId());
        return Response.json(200, appUser(r, app, assignment.userId(), "USER"));
    }

    private static Response unassignUser(OktaRequest r) {
        r.write(tx -> {
            new Apps(tx, r.audit()).unassignUser(r.param("appId"), r.param("userId"));
            return null;
        });
        return Response.empty(204);
    }

    private static Response groups(OktaRequest r) {
        Application app = Apps.require(r.state(), r.param("appId"));
        // q: a prefix of the group's name (Okta's listApplicationGroupAssignments)
        String q = r.query("q").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        List<AppGroup> assigned = r.state().all(Apps.APP_GROUPS).subMap(app.id() + "/", app.id() + "/\uffff").values()
                .stream().filter(g -> q == null || r.state().get(dev.dtu.twins.okta.model.Groups.GROUPS, g.groupId())
                        .map(group -> group.name().toLowerCase(Locale.ROOT).startsWith(q)).orElse(false))
                .toList();
        return Pages.page(r, assigned, AppGroup::groupId, g -> AppJson.group(g, r.orgUrl()), GROUP_LIMITS);
    }

    private static Response group(OktaRequest r) {
        Application app = Apps.require(r.state(), r.param("appId"));
        AppGroup assignment = r.state().get(Apps.APP_GROUPS, AppGroup.key(app.id(), r.param("groupId")))
                .orElseThrow(() -> OktaErrors.notFound(r.param("groupId"), "AppGroup"));
        return Response.json(200, AppJson.group(assignment, r.orgUrl()));
    }

    private static Response assignGroup(OktaRequest r) {
        JsonNode priority = r.body().path("priority");
        Integer rank = priority.isInt() ? priority.asInt() : null;
        AppGroup assignment = r.write(tx -> new Apps(tx, r.audit()).assignGroup(r.param("appId"), r.param("groupId"), rank));
        return Response.json(200, AppJson.group(assignment, r.orgUrl()));
    }

    private static Response unassignGroup(OktaRequest r) {
        r.write(tx -> {
            new Apps(tx, r.audit()).unassignGroup(r.param("appId"), r.param("groupId"));
            return null;
        });
        return Response.empty(204);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode appUser(OktaRequest r, Application app, String userId,
            String scope) {
        User user = Users.require(r.state(), userId);
        java.time.Instant assigned = r.state().get(Apps.APP_USERS, AppUser.key(app.id(), userId))
                .map(AppUser::created).orElse(app.created());
        return AppJson.user(app, user, scope, assigned, r.orgUrl());
    }

    /** The parts of an OIDC app body; Okta accepts only {@code oidc_client} apps here. */
    private static NewApp newApp(JsonNode body, boolean create) {
        String signOnMode = Bodies.text(body.path("signOnMode"));
        String name = Bodies.text(body.path("name"));
        if (!"OPENID_CONNECT".equals(signOnMode) || (name != null && !name.equals("oidc_client"))) {
            throw OktaErrors.apiValidationFailed("signOnMode", List.of("signOnMode: The twin serves OPENID_CONNECT "
                    + "apps (name oidc_client) only."));
        }
        JsonNode client = body.path("credentials").path("oauthClient");
        JsonNode settings = body.path("settings").path("oauthClient");
        return new NewApp(Bodies.text(body.path("label")), create ? Bodies.text(client.path("client_id")) : null,
                Bodies.text(client.path("token_endpoint_auth_method")), Bodies.text(settings.path("application_type")),
                Bodies.strings(settings.get("redirect_uris"), "redirect_uris"),
                Bodies.strings(settings.get("post_logout_redirect_uris"), "post_logout_redirect_uris"),
                Bodies.strings(settings.get("grant_types"), "grant_types"),
                Bodies.strings(settings.get("response_types"), "response_types"),
                Bodies.text(settings.path("consent_method")));
    }
}
