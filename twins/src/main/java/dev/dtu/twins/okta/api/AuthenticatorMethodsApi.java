package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.AuthenticatorMethod;
import dev.dtu.twins.okta.model.AuthenticatorMethods;
import dev.dtu.twins.okta.model.CustomAaguid;
import dev.dtu.twins.okta.model.CustomAaguids;
import dev.dtu.twins.okta.model.OktaErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The methods of an authenticator and the custom AAGUIDs of the security key authenticator. */
final class AuthenticatorMethodsApi {
    private AuthenticatorMethodsApi() {
    }

    static void register(Router<OktaRoute> routes, String authenticator) {
        String method = authenticator + "/methods/{methodType}";
        String aaguid = authenticator + "/aaguids/{aaguid}";
        routes.get(authenticator + "/methods", OktaRoute.api("listAuthenticatorMethods", AuthenticatorMethodsApi::list))
                .get(method, OktaRoute.api("getAuthenticatorMethod", r -> json(r, AuthenticatorMethods.require(
                        r.state(), r.param("authenticatorId"), r.param("methodType")))))
                .put(method, OktaRoute.api("replaceAuthenticatorMethod", AuthenticatorMethodsApi::replace))
                .post(method + "/lifecycle/activate", OktaRoute.api("activateAuthenticatorMethod",
                        r -> status(r, "ACTIVE")))
                .post(method + "/lifecycle/deactivate", OktaRoute.api("deactivateAuthenticatorMethod",
                        r -> status(r, "INACTIVE")))
                .post(method + "/verify-rp-id-domain", OktaRoute.api("verifyRpIdDomain",
                        AuthenticatorMethodsApi::verifyRpId))
                .get(authenticator + "/aaguids", OktaRoute.api("listAllCustomAAGUIDs", AuthenticatorMethodsApi::aaguids))
                .post(authenticator + "/aaguids", OktaRoute.api("createCustomAAGUID", AuthenticatorMethodsApi::createAaguid))
                .get(aaguid, OktaRoute.api("getCustomAAGUID", r -> aaguid(r, CustomAaguids.require(r.state(),
                        r.param("authenticatorId"), r.param("aaguid")))))
                .put(aaguid, OktaRoute.api("replaceCustomAAGUID", r -> changeAaguid(r, true)))
                .patch(aaguid, OktaRoute.api("updateCustomAAGUID", r -> changeAaguid(r, false)))
                .delete(aaguid, OktaRoute.api("deleteCustomAAGUID", r -> {
                    r.write(tx -> {
                        CustomAaguids.delete(tx, r.param("authenticatorId"), r.param("aaguid"));
                        return null;
                    });
                    return Response.empty(204);
                }));
    }

    private static Response list(OktaRequest r) {
        ArrayNode out = Json.array();
        AuthenticatorMethods.of(r.state(), r.param("authenticatorId")).forEach(m -> out.add(node(r, m)));
        return Response.json(200, out);
    }

    private static Response replace(OktaRequest r) {
        JsonNode body = r.body();
        return json(r, r.write(tx -> AuthenticatorMethods.replace(tx, r.param("authenticatorId"), r.param("methodType"),
                Bodies.text(body.path("type")), Bodies.object(body, "settings"))));
    }

    private static Response status(OktaRequest r, String status) {
        return json(r, r.write(tx -> AuthenticatorMethods.setStatus(tx, r.param("authenticatorId"),
                r.param("methodType"), status)));
    }

    /**
     * Okta checks that the method's RP ID domain serves the org's WebAuthn association; the twin cannot reach any
     * domain, so a configured {@code settings.rpId.domain.name} is taken as verified and a method with none is
     * E0000001 (the twin's reading; the docs give no example error).
     */
    private static Response verifyRpId(OktaRequest r) {
        AuthenticatorMethod m = AuthenticatorMethods.require(r.state(), r.param("authenticatorId"), r.param("methodType"));
        if (!m.type().equals("webauthn")) {
            throw OktaErrors.apiValidationFailed("webAuthnMethodType", List.of("webAuthnMethodType: must be 'webauthn'"));
        }
        JsonNode rpId = Json.tree(m.settings()).path("rpId").path("domain").path("name");
        if (!rpId.isTextual() || rpId.asText().isBlank()) {
            throw OktaErrors.apiValidationFailed("rpId", List.of("rpId: No RP ID domain is configured for this method"));
        }
        return Response.empty(204);
    }

    private static Response aaguids(OktaRequest r) {
        ArrayNode out = Json.array();
        CustomAaguids.of(r.state(), r.param("authenticatorId")).forEach(a -> out.add(node(r, a)));
        return Response.json(200, out);
    }

    private static Response createAaguid(OktaRequest r) {
        JsonNode body = r.body();
        return aaguid(r, r.write(tx -> CustomAaguids.create(tx, r.param("authenticatorId"),
                Bodies.text(body.path("aaguid")), Bodies.text(body.path("name")),
                Bodies.object(body, "authenticatorCharacteristics"), certificates(body))));
    }

    private static Response changeAaguid(OktaRequest r, boolean replace) {
        JsonNode body = r.body();
        Map<String, Object> characteristics = body.has("authenticatorCharacteristics")
                ? Bodies.object(body, "authenticatorCharacteristics") : null;
        return aaguid(r, r.write(tx -> CustomAaguids.change(tx, r.param("authenticatorId"), r.param("aaguid"), replace,
                Bodies.text(body.path("name")), characteristics,
                body.has("attestationRootCertificates") ? certificates(body) : null)));
    }

    private static List<Object> certificates(JsonNode body) {
        JsonNode certs = body.path("attestationRootCertificates");
        if (certs.isMissingNode() || certs.isNull()) {
            return List.of();
        }
        if (!certs.isArray()) {
            throw OktaErrors.apiValidationFailed("attestationRootCertificates",
                    List.of("attestationRootCertificates: The value must be an array."));
        }
        List<Object> out = new ArrayList<>();
        certs.forEach(c -> out.add(Json.convert(c, Object.class)));
        return out;
    }

    private static Response json(OktaRequest r, AuthenticatorMethod m) {
        return Response.json(200, node(r, m));
    }

    private static Response aaguid(OktaRequest r, CustomAaguid a) {
        return Response.json(200, node(r, a));
    }

    private static ObjectNode node(OktaRequest r, AuthenticatorMethod m) {
        ObjectNode n = Json.object().put("type", m.type()).put("status", m.status());
        if (!m.settings().isEmpty()) {
            n.set("settings", Json.tree(m.settings()));
        }
        String self = r.orgUrl() + "/api/v1/authenticators/" + m.authenticatorId() + "/methods/" + m.type();
        ObjectNode links = n.putObject("_links");
        FactorJson.hinted(links, "self", self, "GET", "PUT");
        boolean active = m.status().equals("ACTIVE");
        FactorJson.hinted(links, active ? "deactivate" : "activate",
                self + "/lifecycle/" + (active ? "deactivate" : "activate"), "POST");
        return n;
    }

    private static ObjectNode node(OktaRequest r, CustomAaguid a) {
        ObjectNode n = Json.object().put("aaguid", a.aaguid());
        n.put("name", a.name());
        n.set("authenticatorCharacteristics", Json.tree(a.characteristics()));
        n.set("attestationRootCertificates", Json.tree(a.attestationRootCertificates()));
        Links.href(n.putObject("_links"), "self",
                r.orgUrl() + "/api/v1/authenticators/" + a.authenticatorId() + "/aaguids/" + a.aaguid());
        return n;
    }
}
