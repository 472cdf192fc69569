package dev.dtu.twins.okta.oauth;

import dev.dtu.twins.okta.model.Org;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which scopes each authorization server knows: the OIDC scopes, plus the org's custom scopes on the default server. */
public final class Scopes {
    public static final Set<String> OIDC = Set.of("openid", "profile", "email", "address", "phone", "offline_access");
    static final String NOT_CONFIGURED = "One or more scopes are not configured for the authorization server resource.";
    static final String NO_DEFAULT = "The authorization server resource does not have any configured default scopes, "
            + "'scope' must be provided.";

    private Scopes() {
    }

    /** The requested scopes in request order, checked against what the server knows. */
    public static List<String> parse(String scope, AuthServer server, Org org) {
        if (scope == null || scope.isBlank()) {
            throw OAuthException.invalidScope(NO_DEFAULT);
        }
        List<String> scopes = List.copyOf(new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+"))));
        for (String s : scopes) {
            if (!known(s, server, org)) {
                throw OAuthException.invalidScope(NOT_CONFIGURED);
            }
        }
        return scopes;
    }

    private static boolean known(String scope, AuthServer server, Org org) {
        if (OIDC.contains(scope)) {
            return true;
        }
        return server.custom() ? org.scopes().contains(scope) : scope.equals("groups");
    }
}
