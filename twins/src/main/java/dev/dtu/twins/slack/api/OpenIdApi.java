package dev.dtu.twins.slack.api;

import static dev.dtu.twins.slack.api.Tier.TIER3;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Installs;
import dev.dtu.twins.slack.model.OAuthCode;
import dev.dtu.twins.slack.model.OpenIdKey;
import dev.dtu.twins.slack.model.Team;
import dev.dtu.twins.slack.model.User;
import dev.dtu.twins.slack.model.Workspace;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Sign in with Slack (https://api.slack.com/authentication/sign-in-with-slack): openid.connect.token redeems a code
 * of openid/connect/authorize for a user token and an RS256 id_token; openid.connect.userInfo answers the person's
 * claims for the openid, email and profile scopes; {@code /openid/connect/keys} publishes the key.
 */
public final class OpenIdApi {
    public static final String KEYS_PATH = "/openid/connect/keys";
    /** Slack's id_tokens name Slack itself as issuer, whatever host served them. */
    static final String ISSUER = "https://slack.com";
    /** Guessed: Slack does not document the id_token's lifetime; its example spans five minutes. */
    private static final long ID_TOKEN_LIFETIME = 300;

    private OpenIdApi() {}

    static List<SlackMethod> methods() {
        return List.of(
                new SlackMethod("openid.connect.token", TIER3, true, false, null, false, OpenIdApi::token),
                new SlackMethod("openid.connect.userInfo", TIER3, false, true, "openid", true, OpenIdApi::userInfo));
    }

    static ObjectNode token(MethodCall m) {
        OAuthApi.client(m);
        Workspace ws = m.ws();
        String grant = m.args().string("grant_type").orElse("authorization_code");
        ObjectNode body = MethodCall.body();
        if (grant.equals("refresh_token")) {
            String refresh = m.args().string("refresh_token").orElseThrow(() -> new SlackError("invalid_refresh_token"));
            Installs.Minted t = OAuthApi.learn(m, Installs.refresh(ws, refresh));
            body.put("access_token", t.accessToken()).put("token_type", "Bearer");
            OAuthApi.rotation(body, t);
            return body;
        }
        if (!grant.equals("authorization_code")) {
            throw new SlackError("invalid_grant_type");
        }
        OAuthCode c = OAuthApi.spend(m, true);
        Installs.Minted t = OAuthApi.learn(m, Installs.issue(ws, "user", c.installer(), null, c.userScopes()));
        String clientId = Installs.settings(ws.tx()).clientId();
        body.put("access_token", t.accessToken()).put("token_type", "Bearer")
                .put("id_token", idToken(ws, c, clientId, t.accessToken()));
        OAuthApi.rotation(body, t);
        return body;
    }

    static ObjectNode userInfo(MethodCall m) {
        if (m.caller().isBot()) {
            throw new SlackError("invalid_auth");
        }
        ObjectNode body = MethodCall.body();
        claims(m.ws(), m.caller().user(), m.caller().token().scopes()).forEach((k, v) -> {
            if (v instanceof Boolean b) {
                body.put(k, b);
            } else {
                body.put(k, v.toString());
            }
        });
        return body;
    }

    /** The JWKS: the universe's public key (made on first use). */
    public static Response keys(TwinCall call) {
        RSAKey key = call.write(OpenIdKey::current);
        return Response.json(200, new JWKSet(key.toPublicJWK()).toJSONObject());
    }

    private static String idToken(Workspace ws, OAuthCode c, String clientId, String accessToken) {
        RSAKey key = OpenIdKey.current(ws.tx());
        User user = ws.requireUser(c.installer());
        long now = ws.nowSeconds();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(user.id()).audience(clientId)
                .issueTime(new Date(now * 1000)).expirationTime(new Date((now + ID_TOKEN_LIFETIME) * 1000))
                .claim("auth_time", now).claim("at_hash", atHash(accessToken));
        if (c.nonce() != null) {
            claims.claim("nonce", c.nonce());
        }
        claims(ws, user, c.userScopes()).forEach((k, v) -> {
            if (!k.equals("sub")) {
                claims.claim(k, v);
            }
        });
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an id_token", e);
        }
        return jwt.serialize();
    }

    /** The claims Slack gives for these scopes: openid names the person and team, email and profile add theirs. */
    private static Map<String, Object> claims(Workspace ws, User user, List<String> scopes) {
        Team team = ws.team();
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("sub", user.id());
        out.put("https://slack.com/user_id", user.id());
        out.put("https://slack.com/team_id", team.id());
        if (scopes.contains("email") && user.email() != null) {
            out.put("email", user.email());
            out.put("email_verified", true);
        }
        if (scopes.contains("profile")) {
            String name = user.realName() == null ? user.name() : user.realName();
            int space = name.indexOf(' ');
            out.put("name", name);
            out.put("given_name", space < 0 ? name : name.substring(0, space));
            out.put("family_name", space < 0 ? "" : name.substring(space + 1));
            out.put("locale", "en-US");
            out.put("https://slack.com/team_name", team.name());
            out.put("https://slack.com/team_domain", team.domain());
        }
        return out;
    }

    /** OIDC Core 3.1.3.6: the left half of the access token's SHA-256, base64url. */
    private static String atHash(String accessToken) {
        return dev.dtu.server.oauth.OAuthDigests.atHash(accessToken);
    }
}
