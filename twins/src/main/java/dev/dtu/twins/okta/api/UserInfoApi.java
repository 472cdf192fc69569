package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.Users;
import dev.dtu.twins.okta.oauth.AuthServer;
import dev.dtu.twins.okta.oauth.TokenChecks;
import java.util.List;
import java.util.Optional;

/**
 * {@code /userinfo}: the claims of the access token's user for its scopes. Okta answers a bad token with
 * 401 and a {@code WWW-Authenticate} header, and a token without {@code openid} with 403.
 */
final class UserInfoApi {
    private UserInfoApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get("/oauth2/v1/userinfo", OktaRoute.open("userinfo", UserInfoApi::userinfo))
                .post("/oauth2/v1/userinfo", OktaRoute.open("userinfoWithPost", UserInfoApi::userinfo))
                .get("/oauth2/{authServerId}/v1/userinfo", OktaRoute.open("userinfoCustomAS", UserInfoApi::userinfo))
                .post("/oauth2/{authServerId}/v1/userinfo", OktaRoute.open("userinfoCustomASWithPost", UserInfoApi::userinfo));
    }

    private static Response userinfo(OktaRequest r) {
        AuthServer server = OAuthRequests.server(r);
        String token = r.http().bearerToken().orElse(null);
        Optional<JWTClaimsSet> claims = TokenChecks.activeJwt(r.state(), server, token, r.now())
                .filter(c -> c.getJWTID().startsWith("AT."));
        Optional<User> user = claims.flatMap(c -> Optional.ofNullable(c.getClaim("uid")))
                .flatMap(uid -> r.state().get(Users.USERS, uid.toString()));
        if (claims.isEmpty() || user.isEmpty()) {
            return challenge(401, server, "invalid_token", "The access token is invalid.");
        }
        List<?> scopes = claims.get().getClaim("scp") instanceof List<?> l ? l : List.of();
        if (!scopes.contains("openid")) {
            return challenge(403, server, "insufficient_scope",
                    "The access token must provide access to at least one of these scopes - openid");
        }
        return Response.json(200, claimsOf(user.get(), scopes));
    }

    private static ObjectNode claimsOf(User user, List<?> scopes) {
        ObjectNode n = Json.object();
        n.put("sub", user.id());
        if (scopes.contains("profile")) {
            n.put("name", user.displayName());
            n.put("locale", user.profile().getOrDefault("locale", "en_US").toString());
            n.put("preferred_username", user.login());
            n.put("given_name", user.text("firstName"));
            n.put("family_name", user.text("lastName"));
            n.put("zoneinfo", user.profile().getOrDefault("timezone", "America/Los_Angeles").toString());
            n.put("updated_at", user.lastUpdated().getEpochSecond());
        }
        if (scopes.contains("email")) {
            n.put("email", user.text("email"));
            n.put("email_verified", true);
        }
        return n;
    }

    private static Response challenge(int status, AuthServer server, String error, String description) {
        return Response.empty(status).header("WWW-Authenticate", "Bearer authorization_uri=\"" + server.endpoints()
                + "/authorize\", realm=\"" + server.endpoints() + "/authorize\", scope=\"openid\", error=\"" + error
                + "\", error_description=\"" + description + "\", resource=\"" + server.issuer() + "/v1/userinfo\"");
    }
}
