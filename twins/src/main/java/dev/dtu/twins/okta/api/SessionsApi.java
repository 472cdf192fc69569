package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.LogActor;
import dev.dtu.twins.okta.model.OktaErrors;
import dev.dtu.twins.okta.model.Session;
import dev.dtu.twins.okta.model.SystemLog;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.UserSessions;
import dev.dtu.twins.okta.model.Users;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Sessions API: a session from a session token, read, refresh, close; {@code /sessions/me} is the session
 * of the {@code sid} cookie; {@code DELETE /users/{id}/sessions} ends all of a user's sessions.
 */
final class SessionsApi {
    private SessionsApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.post("/api/v1/sessions", OktaRoute.api("createSession", SessionsApi::create))
                .get("/api/v1/sessions/me", OktaRoute.open("getCurrentSession", r -> json(r, current(r))))
                .delete("/api/v1/sessions/me", OktaRoute.open("closeCurrentSession", r -> close(r, current(r).id())))
                .post("/api/v1/sessions/me/lifecycle/refresh", OktaRoute.open("refreshCurrentSession",
                        r -> refresh(r, current(r).id())))
                .get("/api/v1/sessions/{sessionId}", OktaRoute.api("getSession",
                        r -> json(r, UserSessions.require(r.state(), r.param("sessionId"), r.now()))))
                .delete("/api/v1/sessions/{sessionId}", OktaRoute.api("revokeSession",
                        r -> close(r, r.param("sessionId"))))
                .post("/api/v1/sessions/{sessionId}/lifecycle/refresh", OktaRoute.api("refreshSession",
                        r -> refresh(r, r.param("sessionId"))))
                .delete("/api/v1/users/{id}/sessions", OktaRoute.api("revokeUserSessions", SessionsApi::endAll));
    }

    private static Response create(OktaRequest r) {
        String token = Bodies.text(r.body().path("sessionToken"));
        if (token == null) {
            throw OktaErrors.apiValidationFailed("createSessionRequest",
                    java.util.List.of("sessionToken: The field cannot be left blank"));
        }
        Session session = r.write(tx -> {
            Session s = UserSessions.create(tx, token, r.now());
            Users.find(tx.state(), s.userId()).ifPresent(u -> new SystemLog(tx, r.audit(LogActor.of(u)))
                    .success("user.session.start", "User login to Okta"));
            return s;
        });
        return json(r, session);
    }

    private static Session current(OktaRequest r) {
        String sid = cookie(r, "sid").orElse("me");
        return UserSessions.require(r.state(), sid, r.now());
    }

    private static Optional<String> cookie(OktaRequest r, String name) {
        return r.http().header("cookie").flatMap(h -> Arrays.stream(h.split(";")).map(String::trim)
                .filter(c -> c.startsWith(name + "=")).map(c -> c.substring(name.length() + 1)).findFirst());
    }

    private static Response refresh(OktaRequest r, String id) {
        return json(r, r.write(tx -> UserSessions.refresh(tx, id, r.now())));
    }

    private static Response close(OktaRequest r, String id) {
        r.write(tx -> {
            UserSessions.close(tx, id, r.now());
            return null;
        });
        return Response.empty(204);
    }

    private static Response endAll(OktaRequest r) {
        User user = UsersApi.user(r, r.state());
        r.write(tx -> {
            UserSessions.endAll(tx, user.id());
            new SystemLog(tx, r.audit()).success("user.session.clear", "Clear user session", LogActor.of(user));
            return null;
        });
        return Response.empty(204);
    }

    private static Response json(OktaRequest r, Session s) {
        ObjectNode n = Json.object();
        n.put("id", s.id());
        User user = Users.find(r.state(), s.userId()).orElse(null);
        n.put("userId", s.userId());
        n.put("login", user == null ? null : user.login());
        n.put("createdAt", OktaDates.format(s.created()));
        n.put("expiresAt", OktaDates.format(s.expiresAt()));
        n.put("status", "ACTIVE");
        n.put("lastPasswordVerification", OktaDates.format(s.lastPasswordVerification()));
        n.put("lastFactorVerification", OktaDates.format(s.lastFactorVerification()));
        var amr = n.putArray("amr");
        s.amr().forEach(amr::add);
        n.putObject("idp").put("id", dev.dtu.twins.okta.model.Org.IDP_ID).put("type", "OKTA");
        n.put("mfaActive", s.lastFactorVerification() != null);
        ObjectNode links = n.putObject("_links");
        String self = r.orgUrl() + "/api/v1/sessions/" + s.id();
        FactorJson.hinted(links, "self", self, "GET", "DELETE");
        FactorJson.hinted(links, "refresh", self + "/lifecycle/refresh", "POST");
        Links.href(links, "user", r.orgUrl() + "/api/v1/users/" + s.userId());
        return Response.json(200, n);
    }
}
