package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.admin.AdminApi;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.UserSessions;
import dev.dtu.twins.okta.model.Users;
import dev.dtu.twins.okta.oauth.SigningKey;
import dev.dtu.twins.okta.oauth.SigningKeys;
import java.util.Optional;

/**
 * The twin's admin routes under {@code /_dtu/universes/{id}/okta}: who is signed in for the
 * non-interactive {@code /authorize} ({@code GET|PUT|DELETE /session}, body {@code {"person": "ada"}} or
 * {@code {"login": "..."}}), and signing-key rotation ({@code POST /keys/rotate}).
 */
public final class OktaAdmin {
    private OktaAdmin() {
    }

    public static Optional<Response> handle(TwinCall call) {
        String route = call.request().method() + " " + call.request().path();
        return switch (route) {
            case "GET /session" -> Optional.of(session(call));
            case "PUT /session" -> Optional.of(signIn(call));
            case "DELETE /session" -> Optional.of(signOut(call));
            case "POST /keys/rotate" -> Optional.of(rotate(call));
            default -> Optional.empty();
        };
    }

    private static Response session(TwinCall call) {
        return UserSessions.signedIn(call.state()).map(u -> Response.json(200, describe(u)))
                .orElseGet(() -> AdminApi.error(404, "not_found", "nobody is signed in to Okta"));
    }

    private static Response signIn(TwinCall call) {
        JsonNode body;
        try {
            body = Json.parse(call.request().body());
        } catch (Json.MalformedJsonException e) {
            return AdminApi.error(400, "bad_request", "the body must be JSON: " + e.getMessage());
        }
        Optional<String> login = Optional.ofNullable(body.path("login").textValue())
                .or(() -> Optional.ofNullable(body.path("person").textValue())
                        .flatMap(id -> call.universe().seed().person(id)).map(p -> p.email()));
        Optional<User> user = login.flatMap(l -> Users.find(call.state(), l));
        if (user.isEmpty()) {
            return AdminApi.error(404, "not_found", "no Okta user for " + body);
        }
        call.write(tx -> {
            UserSessions.start(tx, user.get().id(), call.now());
            return null;
        });
        return Response.json(200, describe(user.get()));
    }

    private static Response signOut(TwinCall call) {
        call.write(tx -> {
            UserSessions.end(tx);
            return null;
        });
        return Response.empty(204);
    }

    private static Response rotate(TwinCall call) {
        SigningKey key = SigningKeys.rotate(call);
        return Response.json(200, Json.object().put("kid", key.kid()));
    }

    private static ObjectNode describe(User user) {
        return Json.object().put("userId", user.id()).put("login", user.login());
    }
}
