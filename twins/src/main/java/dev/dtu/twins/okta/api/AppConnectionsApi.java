package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.server.state.Kind;
import dev.dtu.twins.okta.model.AppConnection;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.Apps;
import dev.dtu.twins.okta.model.OktaErrors;
import java.util.List;
import java.util.Set;

/**
 * An app's default provisioning connection: get, update (a {@code TOKEN} or {@code OAUTH2} credential), activate,
 * deactivate. The twin makes no calls to the provisioned service, so it keeps the credential without verifying it;
 * activating needs one.
 */
final class AppConnectionsApi {
    private static final Kind<AppConnection> CONNECTIONS = Apps.APP_CONNECTIONS;
    private static final String PATH = "/api/v1/apps/{appId}/connections/default";

    private AppConnectionsApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get(PATH, OktaRoute.api("getDefaultProvisioningConnectionForApplication", AppConnectionsApi::get))
                .post(PATH, OktaRoute.api("updateDefaultProvisioningConnectionForApplication", AppConnectionsApi::update))
                .post(PATH + "/lifecycle/activate",
                        OktaRoute.api("activateDefaultProvisioningConnectionForApplication", r -> status(r, true)))
                .post(PATH + "/lifecycle/deactivate",
                        OktaRoute.api("deactivateDefaultProvisioningConnectionForApplication", r -> status(r, false)));
    }

    private static AppConnection of(OktaRequest r, Application app) {
        return r.state().get(CONNECTIONS, app.id()).orElse(AppConnection.defaultOf(app.id()));
    }

    private static Response get(OktaRequest r) {
        Application app = Apps.require(r.state(), r.param("appId"));
        return Response.json(200, json(r, of(r, app)));
    }

    private static Response update(OktaRequest r) {
        Application app = Apps.require(r.state(), r.param("appId"));
        JsonNode profile = r.body().path("profile");
        String scheme = profile.path("authScheme").asText(null);
        if (scheme == null || !Set.of("TOKEN", "OAUTH2").contains(scheme)) {
            throw OktaErrors.apiValidationFailed("authScheme",
                    List.of("authScheme: '" + scheme + "' is not a valid value (TOKEN, OAUTH2)"));
        }
        String token = profile.path("token").asText(null);
        String clientId = profile.path("clientId").asText(null);
        if ("TOKEN".equals(scheme) ? token == null : clientId == null) {
            String field = "TOKEN".equals(scheme) ? "token" : "clientId";
            throw OktaErrors.apiValidationFailed(field, List.of(field + ": The field cannot be left blank"));
        }
        boolean activate = r.flag("activate", false);
        AppConnection connection = new AppConnection(app.id(), scheme, activate ? "ENABLED" : "DISABLED", token, clientId);
        r.write(tx -> tx.put(CONNECTIONS, app.id(), connection));
        return Response.json(201, json(r, connection));
    }

    /** Okta activates a connection only with a credential (Okta: "Api validation failed: credential"). */
    private static Response status(OktaRequest r, boolean activate) {
        Application app = Apps.require(r.state(), r.param("appId"));
        AppConnection connection = of(r, app);
        if (activate && !connection.hasCredential()) {
            throw OktaErrors.apiValidationFailed("credential", List.of("The connection has no credential to verify."));
        }
        r.write(tx -> tx.put(CONNECTIONS, app.id(), connection.withStatus(activate ? "ENABLED" : "DISABLED")));
        return Response.empty(204);
    }

    private static ObjectNode json(OktaRequest r, AppConnection c) {
        ObjectNode n = Json.object();
        n.put("authScheme", c.authScheme());
        n.put("status", c.status());
        String self = r.orgUrl() + "/api/v1/apps/" + c.id() + "/connections/default";
        ObjectNode links = n.putObject("_links");
        Links.href(links, "self", self);
        Links.action(links, "ENABLED".equals(c.status()) ? "deactivate" : "activate",
                self + "/lifecycle/" + ("ENABLED".equals(c.status()) ? "deactivate" : "activate"));
        return n;
    }
}
