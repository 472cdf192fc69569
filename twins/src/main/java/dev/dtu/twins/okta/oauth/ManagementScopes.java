package dev.dtu.twins.okta.oauth;

import dev.dtu.server.resource.Resource;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The {@code okta.*} scopes of the Management API (Okta, "OAuth 2.0 Scopes"): which one a request needs, and
 * which ones an app was granted ({@code /api/v1/apps/{appId}/grants} with the org URL as issuer). A path's
 * resource names its scope ({@code /api/v1/groups} {@code okta.groups.read}); reads need {@code .read} or
 * {@code .manage}, every other method {@code .manage}.
 */
public final class ManagementScopes {
    public static final Kind<Resource> APP_GRANTS = Kind.of("okta", "appGrants", Resource.class);
    /** Path segments whose scope is not {@code okta.<segment>} (Okta's scope list). */
    private static final Map<String, String> RESOURCES = Map.ofEntries(Map.entry("zones", "networkZones"),
            Map.entry("meta", "schemas"), Map.entry("templates", "templates"), Map.entry("iam", "roles"),
            Map.entry("org", "orgs"), Map.entry("api-tokens", "apiTokens"),
            Map.entry("device-assurances", "deviceAssurance"), Map.entry("email-domains", "emailDomains"),
            Map.entry("mappings", "profileMappings"), Map.entry("threats", "threatInsights"),
            Map.entry("rate-limit-settings", "orgs"), Map.entry("sessions", "sessions"));

    private ManagementScopes() {
    }

    public static boolean isOktaScope(String scope) {
        return scope.startsWith("okta.");
    }

    /** The scope a Management API request needs: {@code okta.<resource>.read} for reads, else {@code .manage}. */
    public static String required(String method, String path) {
        String[] parts = path.split("/");
        String segment = parts.length > 3 ? parts[3] : "";
        String resource = RESOURCES.getOrDefault(segment, segment);
        if (segment.equals("apps") && parts.length > 5 && parts[5].equals("grants")) {
            resource = "appGrants";
        } else if (segment.equals("meta") && parts.length > 5 && parts[4].equals("types")) {
            resource = "userTypes";
        } else if (segment.equals("users") && parts.length > 5 && parts[5].equals("factors")) {
            resource = "users";
        }
        boolean read = method.equals("GET") || method.equals("HEAD");
        return "okta." + resource + (read ? ".read" : ".manage");
    }

    /** Whether scopes held satisfy a required one ({@code .manage} covers {@code .read}). */
    public static boolean satisfied(Collection<?> held, String required) {
        if (held.contains(required)) {
            return true;
        }
        return required.endsWith(".read")
                && held.contains(required.substring(0, required.length() - ".read".length()) + ".manage");
    }

    /** The okta.* scopes granted to an app for the org server (active grants whose issuer is the org URL). */
    public static List<String> granted(State state, String appId, String orgUrl) {
        return state.all(APP_GRANTS).values().stream().filter(g -> appId.equals(g.parent()))
                .filter(g -> "ACTIVE".equals(g.text("status")))
                .filter(g -> orgUrl.equals(g.text("issuer")) || trimmed(orgUrl).equals(trimmed(g.text("issuer"))))
                .map(g -> g.text("scopeId")).toList();
    }

    private static String trimmed(String url) {
        return url == null ? "" : url.replaceAll("/+$", "");
    }
}
