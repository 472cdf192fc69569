package dev.dtu.twins.okta.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.text.ParseException;
import java.util.Optional;

/**
 * The public keys an OAuth client registered ({@code settings.oauthClient.jwks} of the app), with which it signs
 * its {@code private_key_jwt} client assertions. Kept beside the app, by app id.
 */
public final class ClientKeys {
    public static final Kind<ClientJwks> JWKS = Kind.of("okta", "clientJwks", ClientJwks.class);

    /** One client's JWKS as the app body gave it (JSON). */
    public record ClientJwks(String appId, String jwks) {
    }

    private ClientKeys() {
    }

    /** Stores (or, given none, drops) the JWKS of an app's create or replace body. */
    public static void put(Tx tx, String appId, JsonNode jwks) {
        if (jwks == null || !jwks.path("keys").isArray()) {
            tx.remove(JWKS, appId);
            return;
        }
        tx.put(JWKS, appId, new ClientJwks(appId, jwks.toString()));
    }

    public static Optional<JWKSet> of(State state, String appId) {
        return state.get(JWKS, appId).flatMap(k -> {
            try {
                return Optional.of(JWKSet.parse(k.jwks()));
            } catch (ParseException e) {
                return Optional.empty();
            }
        });
    }

    public static Optional<JsonNode> json(State state, String appId) {
        return state.get(JWKS, appId).map(k -> dev.dtu.server.http.Json.parse(
                k.jwks().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
