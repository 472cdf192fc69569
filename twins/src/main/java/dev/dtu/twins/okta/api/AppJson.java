package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.okta.model.AppGroup;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.User;
import java.time.Instant;

/** Okta's {@code OpenIdConnectApplication}, {@code AppUser} and {@code ApplicationGroupAssignment} objects. */
final class AppJson {
    private AppJson() {
    }

    /** @param secret the client secret (stored, or minted for seeded apps); null for public clients */
    static ObjectNode of(Application app, String secret, String orgUrl) {
        ObjectNode n = Json.object();
        n.put("id", app.id());
        n.put("name", "oidc_client");
        n.put("label", app.label());
        n.put("status", app.status());
        n.put("lastUpdated", OktaDates.format(app.lastUpdated()));
        n.put("created", OktaDates.format(app.created()));
        n.putObject("accessibility").put("selfService", false);
        n.putObject("visibility").put("autoSubmitToolbar", false).putObject("hide").put("iOS", false).put("web", false);
        n.putArray("features");
        n.put("signOnMode", "OPENID_CONNECT");
        ObjectNode credentials = n.putObject("credentials");
        credentials.putObject("userNameTemplate").put("template", "${source.login}").put("type", "BUILT_IN");
        ObjectNode client = credentials.putObject("oauthClient");
        client.put("autoKeyRotation", true);
        client.put("client_id", app.clientId());
        if (secret != null) {
            client.put("client_secret", secret);
        }
        client.put("token_endpoint_auth_method", app.tokenEndpointAuthMethod());
        client.put("pkce_required", app.publicClient());
        ObjectNode oauth = n.putObject("settings").putObject("oauthClient");
        oauth.set("redirect_uris", Json.tree(app.redirectUris()));
        oauth.set("post_logout_redirect_uris", Json.tree(app.postLogoutRedirectUris()));
        oauth.set("response_types", Json.tree(app.responseTypes()));
        oauth.set("grant_types", Json.tree(app.grantTypes()));
        oauth.put("application_type", app.applicationType());
        oauth.put("consent_method", app.consentMethod());
        oauth.put("issuer_mode", "ORG_URL");
        String self = orgUrl + "/api/v1/apps/" + app.id();
        ObjectNode links = n.putObject("_links");
        Links.href(links, "self", self);
        Links.href(links, "users", self + "/users");
        Links.href(links, "groups", self + "/groups");
        Links.action(links, Application.ACTIVE.equals(app.status()) ? "deactivate" : "activate",
                self + "/lifecycle/" + (Application.ACTIVE.equals(app.status()) ? "deactivate" : "activate"));
        return n;
    }

    static ObjectNode user(Application app, User user, String scope, Instant assigned, String orgUrl) {
        ObjectNode n = Json.object();
        n.put("id", user.id());
        n.putNull("externalId");
        n.put("created", OktaDates.format(assigned));
        n.put("lastUpdated", OktaDates.format(assigned));
        n.put("scope", scope);
        n.put("status", "ACTIVE");
        n.put("statusChanged", OktaDates.format(assigned));
        n.putNull("passwordChanged");
        n.put("syncState", "DISABLED");
        n.putObject("credentials").put("userName", user.login());
        n.putObject("profile");
        ObjectNode links = n.putObject("_links");
        Links.href(links, "app", orgUrl + "/api/v1/apps/" + app.id());
        Links.href(links, "user", orgUrl + "/api/v1/users/" + user.id());
        return n;
    }

    static ObjectNode group(AppGroup assignment, String orgUrl) {
        ObjectNode n = Json.object();
        n.put("id", assignment.groupId());
        n.put("lastUpdated", OktaDates.format(assignment.lastUpdated()));
        n.put("priority", assignment.priority());
        n.putObject("profile");
        ObjectNode links = n.putObject("_links");
        Links.href(links, "app", orgUrl + "/api/v1/apps/" + assignment.appId());
        Links.href(links, "group", orgUrl + "/api/v1/groups/" + assignment.groupId());
        return n;
    }
}
