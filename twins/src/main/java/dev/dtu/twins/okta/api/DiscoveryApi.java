package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.Org;
import dev.dtu.twins.okta.oauth.AuthServer;
import dev.dtu.twins.okta.oauth.Grants;
import dev.dtu.twins.okta.oauth.Scopes;
import dev.dtu.twins.okta.oauth.SigningKeys;
import java.util.List;
import java.util.TreeSet;

/** The discovery documents of both servers and their JWKS. */
final class DiscoveryApi {
    private DiscoveryApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get("/.well-known/openid-configuration",
                        OktaRoute.open("getWellKnownOpenIDConfiguration", r -> metadata(r, true)))
                .get("/.well-known/oauth-authorization-server",
                        OktaRoute.open("getWellKnownOAuthConfiguration", r -> metadata(r, false)))
                .get("/oauth2/{authServerId}/.well-known/openid-configuration",
                        OktaRoute.open("getWellKnownOpenIDConfigurationCustomAS", r -> metadata(r, true)))
                .get("/oauth2/{authServerId}/.well-known/oauth-authorization-server",
                        OktaRoute.open("getWellKnownOAuthConfigurationCustomAS", r -> metadata(r, false)))
                .get("/oauth2/v1/keys", OktaRoute.open("oauthKeys", DiscoveryApi::keys))
                .get("/oauth2/{authServerId}/v1/keys", OktaRoute.open("oauthKeysCustomAS", DiscoveryApi::keys));
    }

    private static Response metadata(OktaRequest r, boolean openid) {
        AuthServer server = OAuthRequests.server(r);
        String v1 = server.endpoints();
        ObjectNode n = Json.object();
        n.put("issuer", server.issuer());
        n.put("authorization_endpoint", v1 + "/authorize");
        n.put("token_endpoint", v1 + "/token");
        if (openid) {
            n.put("userinfo_endpoint", v1 + "/userinfo");
        }
        n.put("jwks_uri", v1 + "/keys");
        n.set("response_types_supported", Json.tree(List.of("code")));
        n.set("response_modes_supported", Json.tree(List.of("query", "fragment", "form_post")));
        n.set("grant_types_supported", Json.tree(Grants.SUPPORTED));
        n.set("subject_types_supported", Json.tree(List.of("public")));
        n.set("id_token_signing_alg_values_supported", Json.tree(List.of("RS256")));
        TreeSet<String> scopes = new TreeSet<>(Scopes.OIDC);
        scopes.addAll(Scopes.published(r.state(), server));
        n.set("scopes_supported", Json.tree(scopes));
        n.set("token_endpoint_auth_methods_supported",
                Json.tree(List.of("client_secret_basic", "client_secret_post", "none")));
        n.set("claims_supported", Json.tree(List.of("iss", "ver", "sub", "aud", "iat", "exp", "jti", "auth_time", "amr",
                "idp", "nonce", "name", "preferred_username", "given_name", "family_name", "zoneinfo", "locale",
                "updated_at", "email", "email_verified", "at_hash")));
        n.set("code_challenge_methods_supported", Json.tree(List.of("S256")));
        n.put("introspection_endpoint", v1 + "/introspect");
        n.set("introspection_endpoint_auth_methods_supported",
                Json.tree(List.of("client_secret_basic", "client_secret_post", "none")));
        n.put("revocation_endpoint", v1 + "/revoke");
        n.set("revocation_endpoint_auth_methods_supported",
                Json.tree(List.of("client_secret_basic", "client_secret_post", "none")));
        n.put("end_session_endpoint", v1 + "/logout");
        n.put("request_parameter_supported", false);
        return Response.json(200, n);
    }

    private static Response keys(OktaRequest r) {
        return Response.json(200, Json.parse(SigningKeys.jwks(r.call(), OAuthRequests.server(r).id()).toString(true).getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).header("Cache-Control", "max-age=3600, must-revalidate");
    }
}
