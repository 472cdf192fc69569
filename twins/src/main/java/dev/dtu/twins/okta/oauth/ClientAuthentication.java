package dev.dtu.twins.okta.oauth;

import dev.dtu.server.state.State;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.Apps;
import java.util.function.BiPredicate;

/**
 * Authenticates the client of a token, introspect or revoke request: {@code client_secret_basic},
 * {@code client_secret_post}, or a public client ({@code none}) naming only its {@code client_id}.
 */
public final class ClientAuthentication {
    static final String FAILED = "Client authentication failed. Either the client or the client credentials are "
            + "invalid.";

    private ClientAuthentication() {
    }

    /**
     * @param mintedSecret whether a secret is the framework-minted one of a seeded app's client id
     */
    public static Application authenticate(State state, String clientId, String secret,
            BiPredicate<String, String> mintedSecret) {
        if (clientId == null || clientId.isBlank()) {
            throw OAuthException.invalidClient(FAILED);
        }
        Application app = Apps.byClientId(state, clientId)
                .filter(a -> Application.ACTIVE.equals(a.status()))
                .orElseThrow(() -> OAuthException.invalidClient("Invalid value for 'client_id' parameter."));
        if (app.publicClient()) {
            return app;
        }
        if (secret == null) {
            throw OAuthException.invalidClient(FAILED);
        }
        boolean valid = app.clientSecret() != null ? app.clientSecret().equals(secret)
                : mintedSecret.test(clientId, secret);
        if (!valid) {
            throw OAuthException.invalidClient("The client secret supplied for a confidential client is invalid.");
        }
        return app;
    }
}
