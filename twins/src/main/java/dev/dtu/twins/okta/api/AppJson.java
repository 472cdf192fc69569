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

    /** @param secret the client secret (stored, or minted for seeded apps); null for public clients and non-OIDC apps */
    static ObjectNode of(Application app, String secret, String orgUrl) {
        ObjectNode n = Json.object();
        n.put("id", app.id());
        n.put("name", app.name());
        n.put("label", app.label());
        n.put("status", app.status());
        n.put("lastUpdated", OktaDates.format(app.lastUpdated()));
        n.put("created", OktaDates.format(app.created()));
        n.put("signOnMode", app.signOnMode());
        if (app.oidc()) {
            oauthClient(n, app, secret);
        }
        n.set("_links", links(app, orgUrl));
        merge(n, app.extra());
        merge(n, defaults(app));
        return n;
    }

    private static void oauthClient(ObjectNode n, Application app, String secret) {
        ObjectNode client = n.putObject("credentials").putObject("oauthClient");
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
    }

    /** What Okta fills in on every app the caller left out (Okta's "Create an application" examples). */
    private static ObjectNode defaults(Application app) {
        ObjectNode d = Json.object();
        d.putObject("accessibility").put("selfService", false).putNull("errorRedirectUrl").putNull("loginRedirectUrl");
        ObjectNode visibility = d.putObject("visibility");
        visibility.put("autoLaunch", false).put("autoSubmitToolbar", false);
        visibility.putObject("hide").put("iOS", false).put("web", false);
        visibility.putObject("appLinks").put(app.oidc() ? "oidc_client_link" : app.name() + "_link", true);
        d.putArray("features");
        ObjectNode credentials = d.putObject("credentials");
        credentials.putObject("userNameTemplate").put("template", "${source.login}").put("type", "BUILT_IN");
        if (!app.oidc()) {
            credentials.putObject("signing");
        }
        ObjectNode settings = d.putObject("settings");
        settings.putObject("app");
        settings.put("implicitAssignment", false).put("manualProvisioning", false);
        settings.putObject("notes").putNull("admin").putNull("enduser");
        ObjectNode vpn = settings.putObject("notifications").putObject("vpn");
        vpn.putObject("network").put("connection", "DISABLED");
        vpn.putNull("message").putNull("helpUrl");
        return d;
    }

    private static ObjectNode links(Application app, String orgUrl) {
        String self = orgUrl + "/api/v1/apps/" + app.id();
        ObjectNode links = Json.object();
        Links.href(links, "self", self);
        Links.href(links, "users", self + "/users");
        Links.href(links, "groups", self + "/groups");
        if (dev.dtu.twins.okta.model.AppModes.saml(app.signOnMode())) {
            Links.href(links, "metadata", self + "/sso/saml/metadata");
        }
        Links.action(links, Application.ACTIVE.equals(app.status()) ? "deactivate" : "activate",
                self + "/lifecycle/" + (Application.ACTIVE.equals(app.status()) ? "deactivate" : "activate"));
        return links;
    }

    /** Copies into {@code into} what it lacks of {@code from}, object by object (what is there wins). */
    static void merge(ObjectNode into, com.fasterxml.jackson.databind.JsonNode from) {
        from.properties().forEach(e -> {
            com.fasterxml.jackson.databind.JsonNode have = into.get(e.getKey());
            if (have == null) {
                into.set(e.getKey(), e.getValue().deepCopy());
            } else if (have instanceof ObjectNode object && e.getValue().isObject()) {
                merge(object, e.getValue());
            }
        });
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
