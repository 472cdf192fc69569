package dev.dtu.twins.okta.oauth;

import dev.dtu.server.resource.Resource;
import dev.dtu.server.state.State;
import dev.dtu.twins.okta.model.AuthorizationServers;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which scopes each authorization server knows: the org server the OIDC scopes, {@code groups} and the
 * {@code okta.*} Management API scopes; a custom server the scopes it has ({@code /api/v1/authorizationServers/{id}/scopes},
 * the reserved OIDC ones among them).
 */
public final class Scopes {
    public static final Set<String> OIDC = Set.of("openid", "profile", "email", "address", "phone", "offline_access");
    static final String NOT_CONFIGURED = "One or more scopes are not configured for the authorization server resource.";
    static final String NO_DEFAULT = "The authorization server resource does not have any configured default scopes, "
            + "'scope' must be provided.";

    private Scopes() {
    }

    /** The requested scopes in request order, checked against what the server knows. */
    public static List<String> parse(String scope, AuthServer server, State state) {
        if (scope == null || scope.isBlank()) {
            throw OAuthException.invalidScope(NO_DEFAULT);
        }
        List<String> scopes = List.copyOf(new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+"))));
        for (String s : scopes) {
            if (!known(s, server, state)) {
                throw OAuthException.invalidScope(NOT_CONFIGURED);
            }
        }
        return scopes;
    }

    /** The scopes discovery lists: a custom server's with {@code metadataPublish: ALL_CLIENTS}, all of them for the seed's. */
    public static List<String> published(State state, AuthServer server) {
        if (!server.custom()) {
            return List.of("groups");
        }
        return AuthorizationServers.children(state, AuthorizationServers.SCOPES, server.id()).stream()
                .filter(s -> !"NO_CLIENTS".equals(s.text("metadataPublish")) || AuthServer.DEFAULT.equals(server.id()))
                .map(s -> s.text("name")).toList();
    }

    private static boolean known(String scope, AuthServer server, State state) {
        if (OIDC.contains(scope)) {
            return true;
        }
        if (!server.custom()) {
            return scope.equals("groups") || ManagementScopes.isOktaScope(scope);
        }
        return AuthorizationServers.children(state, AuthorizationServers.SCOPES, server.id()).stream()
                .map((Resource s) -> s.text("name")).anyMatch(scope::equals);
    }
}
