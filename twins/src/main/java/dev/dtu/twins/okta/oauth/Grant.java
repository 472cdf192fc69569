package dev.dtu.twins.okta.oauth;

import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.User;
import java.time.Instant;
import java.util.List;

/** What a token request was granted: tokens are minted from it. {@code user} is null for client credentials. */
public record Grant(AuthServer server, Application app, User user, List<String> scopes, String nonce,
        Instant authTime, AccessPolicies.Lifetimes lifetimes) {

    public Grant {
        scopes = List.copyOf(scopes);
    }

    public boolean has(String scope) {
        return scopes.contains(scope);
    }
}
