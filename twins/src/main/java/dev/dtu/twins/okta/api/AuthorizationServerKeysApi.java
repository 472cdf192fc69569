package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.AuthorizationServers;
import dev.dtu.twins.okta.model.OktaErrors;
import dev.dtu.twins.okta.model.OktaException;
import dev.dtu.twins.okta.oauth.SigningKey;
import dev.dtu.twins.okta.oauth.SigningKeys;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;

/**
 * A custom server's signing keys ({@code credentials/keys}) and their rotation ({@code credentials/lifecycle/keyRotate},
 * body {@code {"use": "sig"}}): the newest key signs and is {@code ACTIVE}; the one before it stays published,
 * {@code EXPIRED}, so tokens it signed still verify (the twin keeps two, as its JWKS publishes two).
 */
final class AuthorizationServerKeysApi {
    private static final String BASE = "/api/v1/authorizationServers/{authServerId}/credentials";

    private AuthorizationServerKeysApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get(BASE + "/keys", OktaRoute.api("listAuthorizationServerKeys", AuthorizationServerKeysApi::list))
                .get(BASE + "/keys/{keyId}", OktaRoute.api("getAuthorizationServerKey", AuthorizationServerKeysApi::get))
                .post(BASE + "/lifecycle/keyRotate",
                        OktaRoute.api("rotateAuthorizationServerKeys", AuthorizationServerKeysApi::rotate));
    }

    private static Response list(OktaRequest r) {
        String server = server(r);
        SigningKeys.current(r.call(), server);
        return Response.json(200, keys(r, server));
    }

    private static Response get(OktaRequest r) {
        String server = server(r);
        SigningKeys.current(r.call(), server);
        for (var key : keys(r, server)) {
            if (key.path("kid").asText().equals(r.param("keyId"))) {
                return Response.json(200, key);
            }
        }
        throw new OktaException(404, "E0000007", "Not found: Resource not found: " + r.param("keyId") + " (JsonWebKey)",
                List.of());
    }

    private static Response rotate(OktaRequest r) {
        String server = server(r);
        String use = r.body().path("use").asText("");
        if (!use.equals("sig")) {
            throw OktaErrors.apiValidationFailed("use", List.of("use: The field must be 'sig'."));
        }
        SigningKeys.current(r.call(), server);
        SigningKeys.rotate(r.call(), server);
        return Response.json(200, keys(r, server));
    }

    private static String server(OktaRequest r) {
        String id = r.param("authServerId");
        return r.state().get(AuthorizationServers.SERVERS, id).map(s -> s.id()).orElseThrow(() -> new OktaException(404,
                "E0000007", "Not found: Resource not found: " + id + " (AuthorizationServer)", List.of()));
    }

    private static ArrayNode keys(OktaRequest r, String server) {
        ArrayNode out = Json.array();
        List<SigningKey> published = SigningKeys.published(r.state(), server);
        for (int i = 0; i < published.size(); i++) {
            SigningKey key = published.get(i);
            ObjectNode jwk = (ObjectNode) Json.parse(publicJson(key).getBytes(StandardCharsets.UTF_8));
            jwk.put("status", i == 0 ? "ACTIVE" : "EXPIRED");
            jwk.putObject("_links").putObject("self").put("href", r.orgUrl() + "/api/v1/authorizationServers/" + server
                    + "/credentials/keys/" + key.kid()).putObject("hints").putArray("allow").add("GET");
            out.add(jwk);
        }
        return out;
    }

    private static String publicJson(SigningKey key) {
        try {
            return RSAKey.parse(key.privateJwk()).toPublicJWK().toJSONString();
        } catch (ParseException e) {
            throw new IllegalStateException("stored key " + key.kid() + " is not a JWK", e);
        }
    }
}
