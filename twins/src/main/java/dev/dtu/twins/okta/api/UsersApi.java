package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.server.state.State;
import dev.dtu.twins.okta.model.AuthenticationProviderType;
import dev.dtu.twins.okta.model.Groups;
import dev.dtu.twins.okta.model.NewUser;
import dev.dtu.twins.okta.model.OktaErrors;
import dev.dtu.twins.okta.model.Org;
import dev.dtu.twins.okta.model.RecoveryAnswers;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.UserNextLogin;
import dev.dtu.twins.okta.model.UserQueries;
import dev.dtu.twins.okta.model.Users;
import dev.dtu.server.resource.filter.Filter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The Users API: create, read, update, replace, delete, list and the user's groups. */
final class UsersApi {
    private static final Pages.Limits LIMITS = new Pages.Limits(200, 200);

    private UsersApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get("/api/v1/users", OktaRoute.api("listUsers", UsersApi::list))
                .post("/api/v1/users", OktaRoute.api("createUser", UsersApi::create))
                .get("/api/v1/users/{id}", OktaRoute.api("getUser", UsersApi::get))
                .post("/api/v1/users/{id}", OktaRoute.api("updateUser", r -> update(r, false)))
                .put("/api/v1/users/{id}", OktaRoute.api("replaceUser", r -> update(r, true)))
                .delete("/api/v1/users/{id}", OktaRoute.api("deleteUser", UsersApi::delete))
                .get("/api/v1/users/{id}/groups", OktaRoute.api("listUserGroups", UsersApi::groups))
                .post("/api/v1/users/{id}/credentials/change_password",
                        OktaRoute.api("changePassword", UsersApi::changePassword))
                .post("/api/v1/users/{id}/credentials/change_recovery_question",
                        OktaRoute.api("changeRecoveryQuestion", UsersApi::changeRecoveryQuestion));
    }

    /** {@code me} is the API token's owner. */
    static User user(OktaRequest r, State state) {
        String id = r.param("id");
        if ("me".equals(id)) {
            return Org.of(state).admin(state).orElseThrow(() -> OktaErrors.notFound("me", "User"));
        }
        return Users.require(state, id);
    }

    private static Response list(OktaRequest r) {
        Predicate<User> matches = matcher(r);
        List<User> users = r.state().all(Users.USERS).values().stream().filter(matches).toList();
        return Pages.page(r, users, User::id, u -> UserJson.of(u, r.orgUrl()), LIMITS);
    }

    private static Predicate<User> matcher(OktaRequest r) {
        String search = r.query("search").orElse(null);
        String filter = r.query("filter").orElse(null);
        if (search != null && filter != null) {
            throw OktaErrors.searchAndFilterTogether();
        }
        if (search != null) {
            Filter f = UserQueries.parseSearch(search);
            return u -> UserQueries.matchesSearch(f, u.target());
        }
        if (filter != null) {
            Filter f = UserQueries.parseFilter(filter);
            return u -> UserQueries.matchesFilter(f, u.target());
        }
        String q = r.query("q").orElse(null);
        return u -> UserQueries.listedWithoutFilterOrSearch(u.status()) && (q == null || UserQueries.matchesQ(u.target(), q));
    }

    private static Response create(OktaRequest r) {
        JsonNode body = r.body();
        NewUser request = new NewUser(Bodies.object(body, "profile"), r.secret(password(body), "password"),
                Bodies.text(body.path("credentials").path("recovery_question").path("question")),
                provider(body), Bodies.strings(body.get("groupIds"), "groupIds"));
        boolean activate = r.flag("activate", true);
        UserNextLogin nextLogin = r.query("nextLogin").map(UsersApi::nextLogin).orElse(null);
        String answer = r.secret(Bodies.text(body.path("credentials").path("recovery_question").path("answer")),
                "recoveryanswer");
        User user = r.write(tx -> {
            User created = new Users(tx, r.audit()).create(request, activate, nextLogin);
            RecoveryAnswers.set(tx, created.id(), answer);
            return created;
        });
        return Response.json(200, UserJson.of(user, r.orgUrl()));
    }

    private static Response get(OktaRequest r) {
        return Response.json(200, UserJson.of(user(r, r.state()), r.orgUrl()));
    }

    private static Response update(OktaRequest r, boolean replace) {
        JsonNode body = r.body();
        String id = user(r, r.state()).id();
        Map<String, Object> profile = Bodies.object(body, "profile");
        String password = r.secret(password(body), "password");
        User user = r.write(tx -> replace ? new Users(tx, r.audit()).replace(id, profile, password)
                : new Users(tx, r.audit()).update(id, profile, password));
        return Response.json(200, UserJson.of(user, r.orgUrl()));
    }

    private static Response delete(OktaRequest r) {
        String id = user(r, r.state()).id();
        r.write(tx -> new Users(tx, r.audit()).delete(id));
        return Response.empty(204);
    }

    private static Response groups(OktaRequest r) {
        User user = user(r, r.state());
        return Response.json(200, Groups.groupsOf(r.state(), user.id()).stream()
                .map(g -> GroupJson.of(g, r.orgUrl())).toList());
    }

    private static Response changePassword(OktaRequest r) {
        JsonNode body = r.body();
        String id = user(r, r.state()).id();
        String oldPassword = r.secret(Bodies.text(body.path("oldPassword").path("value")), "password");
        String newPassword = r.secret(Bodies.text(body.path("newPassword").path("value")), "password");
        User user = r.write(tx -> new Users(tx, r.audit()).changePassword(id, oldPassword, newPassword));
        return Response.json(200, UserJson.credentials(user));
    }

    private static Response changeRecoveryQuestion(OktaRequest r) {
        JsonNode body = r.body();
        String id = user(r, r.state()).id();
        String password = r.secret(Bodies.text(body.path("password").path("value")), "password");
        JsonNode recovery = body.path("recovery_question");
        String answer = r.secret(Bodies.text(recovery.path("answer")), "recoveryanswer");
        User user = r.write(tx -> new Users(tx, r.audit()).changeRecoveryQuestion(id, password,
                Bodies.text(recovery.path("question")), answer));
        return Response.json(200, UserJson.credentials(user));
    }

    private static String password(JsonNode body) {
        JsonNode password = body.path("credentials").path("password");
        if (password.has("hash")) {
            // An imported hash: the user has a password the twin cannot check.
            return "imported:" + Json.text(password.get("hash"));
        }
        return Bodies.text(password.path("value"));
    }

    private static AuthenticationProviderType provider(JsonNode body) {
        String type = Bodies.text(body.path("credentials").path("provider").path("type"));
        if (type == null) {
            return AuthenticationProviderType.OKTA;
        }
        return Arrays.stream(AuthenticationProviderType.values()).filter(t -> t.name().equals(type)).findFirst()
                .orElseThrow(() -> OktaErrors.apiValidationFailed("provider",
                        List.of("provider: '" + type + "' is not a valid provider type.")));
    }

    private static UserNextLogin nextLogin(String value) {
        return Arrays.stream(UserNextLogin.values()).filter(n -> n.value().equals(value)).findFirst()
                .orElseThrow(() -> OktaErrors.apiValidationFailed("nextLogin",
                        List.of("nextLogin: '" + value + "' is not a valid value.")));
    }
}
