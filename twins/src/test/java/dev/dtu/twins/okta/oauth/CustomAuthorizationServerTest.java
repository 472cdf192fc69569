package dev.dtu.twins.okta.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A custom authorization server made through {@code /api/v1/authorizationServers}: its OAuth endpoints under
 * {@code /oauth2/{id}} mint tokens with its issuer, audience, scopes and claims, living as long as its policy
 * rule says, signed with its own keys (rotated by {@code keyRotate}); no policy, no token.
 */
class CustomAuthorizationServerTest {
    static final String PASSWORD = "Tw1n-Passw0rd!";
    static final String GRACE = "grace.hopper@northwind.example";
    static OktaServer server;

    @BeforeAll
    static void start() {
        server = new OktaServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode created(Http.Reply r) {
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** A server with scope {@code car:drive} and a claim, and a password+client credentials app assigned to everyone. */
    static String carServer(OktaServer.Universe u) {
        String id = created(u.send("POST", "/api/v1/authorizationServers",
                "{\"name\":\"Cars\",\"description\":\"cars\",\"audiences\":[\"https://api.cars.example\"]}")).path("id").asText();
        created(u.send("POST", "/api/v1/authorizationServers/" + id + "/scopes", "{\"name\":\"car:drive\"}"));
        created(u.send("POST", "/api/v1/authorizationServers/" + id + "/claims", """
                {"name":"handle","status":"ACTIVE","claimType":"RESOURCE","valueType":"EXPRESSION",
                 "value":"String.toUpperCase(String.substringBefore(user.email, \\"@\\"))","conditions":{"scopes":["car:drive"]}}"""));
        created(u.send("POST", "/api/v1/authorizationServers/" + id + "/claims", """
                {"name":"teams","status":"ACTIVE","claimType":"IDENTITY","valueType":"GROUPS","group_filter_type":"STARTS_WITH",
                 "value":"Every","conditions":{"scopes":[]}}"""));
        return id;
    }

    static String policyWithRule(OktaServer.Universe u, String serverId, String grantTypes, int minutes) {
        String policy = created(u.send("POST", "/api/v1/authorizationServers/" + serverId + "/policies", """
                {"type":"OAUTH_AUTHORIZATION_POLICY","name":"Cars policy","priority":1,
                 "conditions":{"clients":{"include":["ALL_CLIENTS"]}}}""")).path("id").asText();
        created(u.send("POST", "/api/v1/authorizationServers/" + serverId + "/policies/" + policy + "/rules", """
                {"type":"RESOURCE_ACCESS","name":"Cars rule","priority":1,
                 "conditions":{"people":{"groups":{"include":["EVERYONE"]}},"grantTypes":{"include":%s},
                  "scopes":{"include":["*"]}},
                 "actions":{"token":{"accessTokenLifetimeMinutes":%d,"refreshTokenLifetimeMinutes":0,
                  "refreshTokenWindowMinutes":10080}}}""".formatted(grantTypes, minutes)));
        return policy;
    }

    static OidcClient passwordApp(OktaServer.Universe u, String issuer) {
        JsonNode app = created(u.send("POST", "/api/v1/apps", """
                {"name":"oidc_client","signOnMode":"OPENID_CONNECT","label":"Car app",
                 "credentials":{"oauthClient":{"token_endpoint_auth_method":"client_secret_basic"}},
                 "settings":{"oauthClient":{"redirect_uris":["%s"],"grant_types":["password","client_credentials"],
                  "response_types":["token"],"application_type":"service"}}}""".formatted(OidcClient.REDIRECT)));
        JsonNode everyone = u.get("/api/v1/groups?q=Everyone").json().path(0);
        assertEquals(200, u.send("PUT", "/api/v1/apps/" + app.path("id").asText() + "/groups/" + everyone.path("id").asText(),
                "{}").status());
        JsonNode client = app.at("/credentials/oauthClient");
        return new OidcClient(issuer, client.path("client_id").asText(), client.path("client_secret").asText());
    }

    static String password(String scope) {
        return "grant_type=password&username=" + OidcClient.enc(GRACE) + "&password=" + OidcClient.enc(PASSWORD)
                + "&scope=" + OidcClient.enc(scope);
    }

    static JWTClaimsSet verified(OidcClient client, String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        JWKSet keys = JWKSet.parse(Http.get(client.endpoint("jwks_uri")).body());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(key != null && jwt.verify(new RSASSAVerifier(key)), "signed with a key of " + client.endpoint("jwks_uri"));
        return jwt.getJWTClaimsSet();
    }

    @Test
    void tokensCarryTheServersIssuerAudienceClaimsAndLifetime() throws Exception {
        OktaServer.Universe u = server.universe();
        String id = carServer(u);
        String issuer = u.orgUrl() + "/oauth2/" + id;
        policyWithRule(u, id, "[\"password\",\"client_credentials\"]", 5);
        OidcClient app = passwordApp(u, issuer);
        assertEquals(issuer, app.discovery.path("issuer").asText());
        assertEquals(issuer + "/v1/token", app.endpoint("token_endpoint"));

        Http.Reply r = app.token(password("openid car:drive"));
        assertEquals(200, r.status(), r.body());
        assertEquals(300, r.json().path("expires_in").asInt());
        JWTClaimsSet access = verified(app, r.json().path("access_token").asText());
        assertEquals(issuer, access.getIssuer());
        assertEquals(List.of("https://api.cars.example"), access.getAudience());
        assertEquals(List.of("openid", "car:drive"), access.getStringListClaim("scp"));
        assertEquals("GRACE.HOPPER", access.getStringClaim("handle"));
        assertEquals(300, (access.getExpirationTime().getTime() - access.getIssueTime().getTime()) / 1000);
        JWTClaimsSet id1 = verified(app, r.json().path("id_token").asText());
        assertEquals(List.of("Everyone"), id1.getStringListClaim("teams"));
        assertNull(id1.getClaim("handle"), "a RESOURCE claim stays out of the ID token");

        JWTClaimsSet noScope = verified(app, app.token(password("openid")).json().path("access_token").asText());
        assertNull(noScope.getClaim("handle"), "the claim's scope condition is not met");

        JsonNode machine = app.token("grant_type=client_credentials&scope=car:drive").json();
        JWTClaimsSet cc = verified(app, machine.path("access_token").asText());
        assertEquals(app.clientId, cc.getSubject());
        assertFalse(cc.getClaims().containsKey("handle"), "no person, no user.* claim");

        Http.Reply unknownScope = app.token(password("openid boat:sail"));
        assertEquals("invalid_scope", unknownScope.json().path("error").asText(), unknownScope.body());
        Http.Reply introspected = app.introspect(r.json().path("access_token").asText());
        assertTrue(introspected.json().path("active").asBoolean(), introspected.body());
        assertEquals(issuer, introspected.json().path("iss").asText());
    }

    @Test
    void theRuleDecidesGrantTypesAndNoPolicyMeansNoToken() {
        OktaServer.Universe u = server.universe();
        String id = carServer(u);
        OidcClient app = passwordApp(u, u.orgUrl() + "/oauth2/" + id);
        Http.Reply none = app.token(password("openid car:drive"));
        assertEquals(400, none.status(), none.body());
        assertEquals("access_denied", none.json().path("error").asText());
        assertEquals("Policy evaluation failed for this request, please check the policy configurations.",
                none.json().path("error_description").asText());

        String policy = policyWithRule(u, id, "[\"client_credentials\"]", 60);
        assertEquals("access_denied", app.token(password("openid")).json().path("error").asText(),
                "the rule does not include the password grant");
        assertEquals(200, app.token("grant_type=client_credentials&scope=car:drive").status());

        assertEquals(204, u.send("POST", "/api/v1/authorizationServers/" + id + "/policies/" + policy
                + "/lifecycle/deactivate", "").status());
        assertEquals("access_denied", app.token("grant_type=client_credentials&scope=car:drive").json().path("error").asText(),
                "an inactive policy is not evaluated");
    }

    @Test
    void anInactiveOrUnknownServerAnswers404AndKeysRotate() throws Exception {
        OktaServer.Universe u = server.universe();
        String id = carServer(u);
        String wellKnown = u.orgUrl() + "/oauth2/" + id + "/.well-known/openid-configuration";
        assertEquals(200, Http.get(wellKnown).status());
        Http.Reply keys = u.get("/api/v1/authorizationServers/" + id + "/credentials/keys");
        assertEquals(200, keys.status(), keys.body());
        String kid = keys.json().path(0).path("kid").asText();
        assertEquals("ACTIVE", keys.json().path(0).path("status").asText());
        assertEquals(kid, JWKSet.parse(Http.get(u.orgUrl() + "/oauth2/" + id + "/v1/keys").body()).getKeys().get(0).getKeyID());
        assertNotEquals(kid, JWKSet.parse(Http.get(u.orgUrl() + "/oauth2/v1/keys").body()).getKeys().get(0).getKeyID(),
                "each server signs with its own keys");

        Http.Reply rotated = u.send("POST", "/api/v1/authorizationServers/" + id + "/credentials/lifecycle/keyRotate",
                "{\"use\":\"sig\"}");
        assertEquals(200, rotated.status(), rotated.body());
        assertNotEquals(kid, rotated.json().path(0).path("kid").asText());
        assertEquals(kid, rotated.json().path(1).path("kid").asText());
        assertEquals("EXPIRED", rotated.json().path(1).path("status").asText());
        assertEquals(400, u.send("POST", "/api/v1/authorizationServers/" + id + "/credentials/lifecycle/keyRotate",
                "{\"use\":\"enc\"}").status());

        assertEquals(204, u.send("POST", "/api/v1/authorizationServers/" + id + "/lifecycle/deactivate", "").status());
        assertEquals("INACTIVE", u.get("/api/v1/authorizationServers/" + id).json().path("status").asText());
        Http.Reply gone = Http.get(wellKnown);
        assertEquals(404, gone.status());
        assertEquals("E0000007", gone.json().path("errorCode").asText());
        assertEquals(404, Http.get(u.orgUrl() + "/oauth2/aus-nothing/v1/keys").status());
    }

    @Test
    void serversSearchWithQAndComeWithTheDefaultServer() {
        OktaServer.Universe u = server.universe();
        carServer(u);
        JsonNode all = u.get("/api/v1/authorizationServers").json();
        assertEquals(2, all.size(), all.toString());
        JsonNode defaults = u.get("/api/v1/authorizationServers/default").json();
        assertEquals("default", defaults.path("name").asText());
        assertEquals(u.issuer(), defaults.path("issuer").asText());
        JsonNode found = u.get("/api/v1/authorizationServers?q=cars").json();
        assertEquals(1, found.size(), found.toString());
        assertEquals("Cars", found.path(0).path("name").asText());
        JsonNode scopes = u.get("/api/v1/authorizationServers/" + found.path(0).path("id").asText() + "/scopes?q=car").json();
        assertEquals(List.of("car:drive"), scopes.findValuesAsText("name"));
        Http.Reply bad = u.send("POST", "/api/v1/authorizationServers", "{\"name\":\"No audience\"}");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("E0000001", bad.json().path("errorCode").asText());
        assertEquals(404, u.get("/api/v1/authorizationServers/aus-nothing/scopes").status());
    }
}
