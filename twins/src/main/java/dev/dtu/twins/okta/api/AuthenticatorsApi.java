package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.Authenticator;
import dev.dtu.twins.okta.model.Authenticators;
import dev.dtu.twins.okta.model.Org;

/** The Authenticators API (list, get, replace, activate, deactivate) and {@code /.well-known/okta-organization}. */
final class AuthenticatorsApi {
    private AuthenticatorsApi() {
    }

    static void register(Router<OktaRoute> routes) {
        String item = "/api/v1/authenticators/{authenticatorId}";
        routes.get("/api/v1/authenticators", OktaRoute.api("listAuthenticators", AuthenticatorsApi::list))
                .post("/api/v1/authenticators", OktaRoute.api("createAuthenticator", AuthenticatorsApi::create))
                .get(item, OktaRoute.api("getAuthenticator", r -> json(r, Authenticators.require(r.state(),
                        r.param("authenticatorId")))))
                .put(item, OktaRoute.api("replaceAuthenticator", AuthenticatorsApi::replace))
                .post(item + "/lifecycle/activate", OktaRoute.api("activateAuthenticator",
                        r -> status(r, "ACTIVE")))
                .post(item + "/lifecycle/deactivate", OktaRoute.api("deactivateAuthenticator",
                        r -> status(r, "INACTIVE")))
                .get("/.well-known/okta-organization", OktaRoute.open("getWellknownOrgMetadata",
                        AuthenticatorsApi::organization));
        AuthenticatorMethodsApi.register(routes, item);
    }

    private static Response create(OktaRequest r) {
        JsonNode body = r.body();
        Authenticator a = r.write(tx -> Authenticators.create(tx, Bodies.text(body.path("key")),
                Bodies.text(body.path("name")), Bodies.object(body, "settings"), r.flag("activate", true), r.now()));
        return json(r, a);
    }

    private static Response list(OktaRequest r) {
        ArrayNode out = Json.array();
        Authenticators.all(r.state()).forEach(a -> out.add(node(a, r.orgUrl())));
        return Response.json(200, out);
    }

    private static Response replace(OktaRequest r) {
        JsonNode body = r.body();
        Authenticator a = r.write(tx -> Authenticators.replace(tx, r.param("authenticatorId"),
                Bodies.text(body.path("name")), Bodies.object(body, "settings"), r.now()));
        return json(r, a);
    }

    private static Response status(OktaRequest r, String status) {
        return json(r, r.write(tx -> Authenticators.setStatus(tx, r.param("authenticatorId"), status, r.now())));
    }

    /** An Identity Engine org ({@code pipeline: idx}), as every org Okta creates now is. */
    private static Response organization(OktaRequest r) {
        ObjectNode n = Json.object().put("id", "00o" + "dtuorg00000000001").put("pipeline", "idx");
        Links.href(n.putObject("_links"), "organization", r.orgUrl());
        return Response.json(200, n);
    }

    private static Response json(OktaRequest r, Authenticator a) {
        return Response.json(200, node(a, r.orgUrl()));
    }

    private static ObjectNode node(Authenticator a, String orgUrl) {
        ObjectNode n = Json.object();
        n.put("id", a.id());
        n.put("key", a.key());
        n.put("type", a.type());
        n.put("name", a.name());
        n.put("status", a.status());
        n.put("created", OktaDates.format(a.created()));
        n.put("lastUpdated", OktaDates.format(a.lastUpdated()));
        n.set("settings", Json.tree(a.settings()));
        String self = orgUrl + "/api/v1/authenticators/" + a.id();
        ObjectNode links = n.putObject("_links");
        FactorJson.hinted(links, "self", self, "GET", "PUT");
        FactorJson.hinted(links, a.status().equals("ACTIVE") ? "deactivate" : "activate",
                self + "/lifecycle/" + (a.status().equals("ACTIVE") ? "deactivate" : "activate"), "POST");
        FactorJson.hinted(links, "methods", self + "/methods", "GET");
        return n;
    }
}
