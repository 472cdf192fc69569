package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.admin.AdminApi;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.TwinCall;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.dtu.twins.okta.model.Audit;
import dev.dtu.twins.okta.model.FactorResult;
import dev.dtu.twins.okta.model.Factors;
import dev.dtu.twins.okta.model.LogActor;
import dev.dtu.twins.okta.model.Outbox;
import dev.dtu.twins.okta.model.SignOnPolicy;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.UserSessions;
import dev.dtu.twins.okta.model.Users;
import dev.dtu.twins.okta.oauth.SigningKeys;
import java.util.Optional;

/**
 * The twin's admin routes under {@code /_dtu/universes/{id}/okta}: who is signed in for the
 * non-interactive {@code /authorize} ({@code GET|PUT|DELETE /session}, body {@code {"person": "ada"}} or
 * {@code {"login": "..."}}), signing-key rotation ({@code POST /keys/rotate}), what Okta would have sent to
 * people ({@code GET /outbox?login=}: SMS, call and email passcodes, recovery tokens), the person's answer to a
 * push ({@code POST /push}, {@code {"login": "...", "decision": "approve"|"reject"}}) and the sign-on policy
 * the Authentication API applies ({@code GET|PUT /signOnPolicy}, see {@link SignOnPolicy}).
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
            case "GET /outbox" -> Optional.of(outbox(call));
            case "POST /push" -> Optional.of(push(call));
            case "GET /signOnPolicy" -> Optional.of(Response.json(200, Json.tree(SignOnPolicy.of(call.state()))));
            case "PUT /signOnPolicy" -> Optional.of(signOnPolicy(call));
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

    /**
     * Rotates the keys of every authorization server of the universe (the org's and each custom one's); answers
     * the default server's new {@code kid} (the server apps use) and each server's under {@code servers}.
     */
    private static Response rotate(TwinCall call) {
        ObjectNode body = Json.object();
        ObjectNode servers = body.putObject("servers");
        servers.put(dev.dtu.twins.okta.oauth.AuthServer.ORG, SigningKeys.rotate(call).kid());
        for (String id : call.state().all(dev.dtu.twins.okta.model.AuthorizationServers.SERVERS).keySet()) {
            servers.put(id, SigningKeys.rotate(call, id).kid());
        }
        body.put("kid", servers.path(dev.dtu.twins.okta.model.AuthorizationServers.DEFAULT)
                .asText(servers.path(dev.dtu.twins.okta.oauth.AuthServer.ORG).asText()));
        return Response.json(200, body);
    }

    private static Response outbox(TwinCall call) {
        Optional<String> login = call.request().queryParam("login");
        Optional<User> user = login.flatMap(l -> Users.find(call.state(), l));
        if (login.isPresent() && user.isEmpty()) {
            return AdminApi.error(404, "not_found", "no Okta user " + login.get());
        }
        ArrayNode out = Json.array();
        Outbox.of(call.state(), user.map(User::id).orElse(null)).forEach(m -> out.addObject()
                .put("id", m.id()).put("userId", m.userId()).put("login", m.login()).put("channel", m.channel())
                .put(m.purpose(), m.value()).put("factorId", m.factorId()).put("sentAt", m.sentAt().toString()));
        return Response.json(200, Json.object().set("messages", out));
    }

    private static Response push(TwinCall call) {
        JsonNode body;
        try {
            body = Json.parse(call.request().body());
        } catch (Json.MalformedJsonException e) {
            return AdminApi.error(400, "bad_request", "the body must be JSON: " + e.getMessage());
        }
        String decision = body.path("decision").asText("");
        if (!decision.equals("approve") && !decision.equals("reject")) {
            return AdminApi.error(400, "bad_request", "decision must be approve or reject");
        }
        Optional<User> user = Optional.ofNullable(body.path("login").textValue())
                .flatMap(l -> Users.find(call.state(), l));
        if (user.isEmpty()) {
            return AdminApi.error(404, "not_found", "no Okta user for " + body);
        }
        Audit audit = new Audit(call.now(), LogActor.of(user.get()), "admin");
        Optional<FactorResult> result = call.write(tx -> new Factors(tx, audit).answerPush(user.get(),
                decision.equals("approve")));
        return result.map(r -> Response.json(200, Json.object().put("factorResult", r.name())))
                .orElseGet(() -> AdminApi.error(404, "not_found", "no push is waiting for " + user.get().login()));
    }

    private static Response signOnPolicy(TwinCall call) {
        SignOnPolicy policy;
        try {
            // the fields given change the current policy; the others stay
            ObjectNode merged = (ObjectNode) Json.tree(SignOnPolicy.of(call.state()));
            merged.setAll((ObjectNode) Json.parse(call.request().body()));
            policy = Json.MAPPER.treeToValue(merged, SignOnPolicy.class);
        } catch (java.io.IOException | ClassCastException | Json.MalformedJsonException e) {
            return AdminApi.error(400, "bad_request", "a sign-on policy: " + e.getMessage());
        }
        if (policy.maxAttempts() < 0 || policy.sessionLifetimeMinutes() <= 0) {
            return AdminApi.error(400, "bad_request", "maxAttempts must be >= 0, sessionLifetimeMinutes > 0");
        }
        call.write(tx -> tx.put(SignOnPolicy.POLICY, SignOnPolicy.ID, policy));
        return Response.json(200, Json.tree(policy));
    }

    private static ObjectNode describe(User user) {
        return Json.object().put("userId", user.id()).put("login", user.login());
    }
}
