package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.LogActor;
import dev.dtu.twins.okta.model.SystemLog;
import dev.dtu.twins.okta.oauth.AuthServer;
import dev.dtu.twins.okta.oauth.Grant;
import dev.dtu.twins.okta.oauth.Grants;
import dev.dtu.twins.okta.oauth.OAuthKinds;
import dev.dtu.twins.okta.oauth.RefreshToken;
import dev.dtu.twins.okta.oauth.RevokedToken;
import dev.dtu.twins.okta.oauth.SigningKeys;
import dev.dtu.twins.okta.oauth.TokenChecks;
import dev.dtu.twins.okta.oauth.TokenMinter;
import java.util.Optional;

/** {@code /token}, {@code /introspect} and {@code /revoke} of both authorization servers. */
final class OAuthApi {
    private OAuthApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.post("/oauth2/v1/token", OktaRoute.open("token", OAuthApi::token))
                .post("/oauth2/{authServerId}/v1/token", OktaRoute.open("tokenCustomAS", OAuthApi::token))
                .post("/oauth2/v1/introspect", OktaRoute.open("introspect", OAuthApi::introspect))
                .post("/oauth2/{authServerId}/v1/introspect", OktaRoute.open("introspectCustomAS", OAuthApi::introspect))
                .post("/oauth2/v1/revoke", OktaRoute.open("revoke", OAuthApi::revoke))
                .post("/oauth2/{authServerId}/v1/revoke", OktaRoute.open("revokeCustomAS", OAuthApi::revoke));
    }

    private static Response token(OktaRequest r) {
        OAuthRequests.ClientRequest req = OAuthRequests.authenticated(r);
        RSAKey key = SigningKeys.current(r.call(), req.server().id());
        TokenMinter.Minted minted = r.write(tx -> {
            Grant grant = new Grants(tx, r.audit(), req.server(), req.app()).grant(req.form());
            return TokenMinter.mint(tx, r.audit(), key, grant);
        });
        ObjectNode body = Json.object();
        body.put("token_type", "Bearer");
        body.put("expires_in", minted.expiresIn());
        body.put("access_token", minted.accessToken());
        body.put("scope", String.join(" ", minted.scopes()));
        if (minted.refreshToken() != null) {
            body.put("refresh_token", r.secret(minted.refreshToken(), "refresh_token"));
        }
        if (minted.idToken() != null) {
            body.put("id_token", minted.idToken());
        }
        return noStore(Response.json(200, body));
    }

    private static Response introspect(OktaRequest r) {
        OAuthRequests.ClientRequest req = OAuthRequests.authenticated(r);
        AuthServer server = req.server();
        String token = req.token();
        ObjectNode body = Json.object();
        Optional<JWTClaimsSet> jwt = TokenChecks.activeJwt(r.state(), server, token, r.now());
        Optional<RefreshToken> refresh = TokenChecks.activeRefreshToken(r.state(), server, token, r.now())
                .filter(t -> t.clientId().equals(req.app().clientId()));
        if (jwt.isPresent()) {
            Introspection.jwt(body, jwt.get());
        } else if (refresh.isPresent()) {
            Introspection.refresh(body, refresh.get(), r.state(), server);
        } else {
            body.put("active", false);
        }
        return noStore(Response.json(200, body));
    }

    /** RFC 7009: revoking an unknown or foreign token still answers 200. */
    private static Response revoke(OktaRequest r) {
        OAuthRequests.ClientRequest req = OAuthRequests.authenticated(r);
        Application app = req.app();
        String token = req.token();
        Optional<JWTClaimsSet> jwt = TokenChecks.activeJwt(r.state(), req.server(), token, r.now());
        r.write(tx -> {
            jwt.filter(c -> app.clientId().equals(c.getClaim("cid")) || c.getAudience().contains(app.clientId()))
                    .ifPresent(c -> tx.put(OAuthKinds.REVOKED, c.getJWTID(),
                            new RevokedToken(c.getJWTID(), c.getExpirationTime().toInstant())));
            String key = token == null ? null : RefreshToken.key(token);
            Optional.ofNullable(key).flatMap(k -> tx.get(OAuthKinds.REFRESH_TOKENS, k))
                    .filter(t -> t.clientId().equals(app.clientId()))
                    .ifPresent(t -> tx.remove(OAuthKinds.REFRESH_TOKENS, key));
            new SystemLog(tx, r.audit(LogActor.client(app.clientId(), app.label()))).success(
                    TokenMinter.eventPrefix(req.server()) + "token.revoke", "OAuth2 token revocation request",
                    LogActor.of(app));
            return null;
        });
        return noStore(Response.empty(200));
    }

    static Response noStore(Response response) {
        return response.header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }
}
