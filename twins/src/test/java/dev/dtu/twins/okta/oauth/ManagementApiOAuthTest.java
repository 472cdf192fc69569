package dev.dtu.twins.okta.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.okta.sdk.client.AuthorizationMode;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.AddGroupRequest;
import com.okta.sdk.resource.model.OktaUserGroupProfile;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Management API with OAuth 2.0 (Okta, "Implement OAuth for Okta with a service app"): a service app with a
 * JWKS authenticates with {@code private_key_jwt} at the org server's {@code /oauth2/v1/token}, gets the
 * {@code okta.*} scopes granted to it, and {@code /api/v1/*} takes the access token, refusing what its scopes
 * do not cover with 403 E0000006 and Okta's {@code WWW-Authenticate}. The official Java SDK's PrivateKey mode
 * runs against it unchanged.
 */
class ManagementApiOAuthTest {
    static OktaServer server;

    @BeforeAll
    static void start() {
        server = new OktaServer();
        System.setProperty("okta.testing.disableHttpsCheck", "true");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record ServiceApp(String id, String clientId, RSAKey key) {
    }

    static ServiceApp serviceApp(OktaServer.Universe u, String... scopes) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k-" + UUID.randomUUID()).generate();
        Http.Reply created = u.send("POST", "/api/v1/apps", """
                {"name":"oidc_client","signOnMode":"OPENID_CONNECT","label":"Service",
                 "credentials":{"oauthClient":{"token_endpoint_auth_method":"private_key_jwt"}},
                 "settings":{"oauthClient":{"grant_types":["client_credentials"],"response_types":["token"],
                  "application_type":"service","jwks":{"keys":[%s]}}}}""".formatted(key.toPublicJWK().toJSONString()));
        assertEquals(200, created.status(), created.body());
        String appId = created.json().path("id").asText();
        for (String scope : scopes) {
            Http.Reply grant = u.send("POST", "/api/v1/apps/" + appId + "/grants",
                    "{\"issuer\":\"" + u.orgUrl() + "\",\"scopeId\":\"" + scope + "\"}");
            assertEquals(201, grant.status() == 200 ? 201 : grant.status(), grant.body());
        }
        return new ServiceApp(appId, created.json().at("/credentials/oauthClient/client_id").asText(), key);
    }

    static String assertion(ServiceApp app, String audience, RSAKey signer) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(app.clientId()).subject(app.clientId()).audience(audience)
                .jwtID(UUID.randomUUID().toString()).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    static Http.Reply token(OktaServer.Universe u, String assertion, String scope) {
        return Http.post(u.orgUrl() + "/oauth2/v1/token", "grant_type=client_credentials&scope=" + OidcClient.enc(scope)
                + "&client_assertion_type=" + OidcClient.enc(ClientAssertion.TYPE) + "&client_assertion=" + assertion,
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json");
    }

    @Test
    void aServiceAppsTokenReadsWhatItsScopesAllowAndNothingElse() throws Exception {
        OktaServer.Universe u = server.universe();
        ServiceApp app = serviceApp(u, "okta.users.read", "okta.groups.manage");
        Http.Reply t = token(u, assertion(app, u.orgUrl() + "/oauth2/v1/token", app.key()), "okta.users.read okta.groups.manage");
        assertEquals(200, t.status(), t.body());
        String bearer = "Bearer " + t.json().path("access_token").asText();

        Http.Reply users = Http.get(u.orgUrl() + "/api/v1/users", "Authorization", bearer);
        assertEquals(200, users.status(), users.body());
        assertTrue(users.json().size() > 0);
        assertEquals(200, Http.get(u.orgUrl() + "/api/v1/groups", "Authorization", bearer).status(),
                "okta.groups.manage covers reading groups");

        Http.Reply write = Http.send("POST", u.orgUrl() + "/api/v1/users", "{\"profile\":{}}", "Authorization", bearer,
                "Content-Type", "application/json");
        assertEquals(403, write.status(), write.body());
        assertEquals("E0000006", write.json().path("errorCode").asText());
        assertEquals("Bearer authorization_uri=\"" + u.orgUrl() + "/oauth2/v1/authorize\", realm=\"" + u.orgUrl()
                + "\", scope=\"okta.users.manage\", error=\"insufficient_scope\", error_description=\"The access token "
                + "provided does not contain the required scopes.\", resource=\"/api/v1/users\"", write.header("WWW-Authenticate"));
        Http.Reply servers = Http.get(u.orgUrl() + "/api/v1/authorizationServers", "Authorization", bearer);
        assertEquals(403, servers.status(), "a declared resource needs its declared scope too");

        Http.Reply bogus = Http.get(u.orgUrl() + "/api/v1/users", "Authorization", "Bearer " + "x.y.z");
        assertEquals(401, bogus.status());
        assertEquals("E0000011", bogus.json().path("errorCode").asText());
    }

    @Test
    void theTokenEndpointChecksTheAssertionAndTheGrants() throws Exception {
        OktaServer.Universe u = server.universe();
        ServiceApp app = serviceApp(u, "okta.users.read");
        String endpoint = u.orgUrl() + "/oauth2/v1/token";
        Http.Reply notGranted = token(u, assertion(app, endpoint, app.key()), "okta.users.manage");
        assertEquals(400, notGranted.status(), notGranted.body());
        assertEquals("invalid_scope", notGranted.json().path("error").asText());

        RSAKey stranger = new RSAKeyGenerator(2048).keyID(app.key().getKeyID()).generate();
        Http.Reply forged = token(u, assertion(app, endpoint, stranger), "okta.users.read");
        assertEquals(401, forged.status(), forged.body());
        assertEquals("invalid_client", forged.json().path("error").asText());

        Http.Reply wrongAudience = token(u, assertion(app, u.orgUrl() + "/oauth2/default/v1/token", app.key()),
                "okta.users.read");
        assertEquals("invalid_client", wrongAudience.json().path("error").asText(), wrongAudience.body());

        Http.Reply openid = token(u, assertion(app, endpoint, app.key()), "openid");
        assertEquals("invalid_scope", openid.json().path("error").asText(), openid.body());

        String grantId = u.get("/api/v1/apps/" + app.id() + "/grants").json().path(0).path("id").asText();
        assertEquals(204, u.send("DELETE", "/api/v1/apps/" + app.id() + "/grants/" + grantId, null).status());
        assertEquals("invalid_scope", token(u, assertion(app, endpoint, app.key()), "okta.users.read").json()
                .path("error").asText(), "a revoked grant grants nothing");
    }

    @Test
    void theJavaSdkInPrivateKeyModeWorksUnchanged() throws Exception {
        OktaServer.Universe u = server.universe();
        ServiceApp app = serviceApp(u, "okta.users.read", "okta.groups.read");
        ApiClient client = Clients.builder().setOrgUrl(u.orgUrl()).setAuthorizationMode(AuthorizationMode.PRIVATE_KEY)
                .setClientId(app.clientId()).setKid(app.key().getKeyID())
                .setScopes(Set.of("okta.users.read", "okta.groups.read"))
                .setPrivateKey(app.key().toPrivateKey()).build();
        assertFalse(new UserApi(client).listUsers(null, null, null, null, null, null, null, null).isEmpty());
        GroupApi groups = new GroupApi(client);
        assertFalse(groups.listGroups(null, null, null, null, null, null, null, null).isEmpty());
        ApiException refused = assertThrows(ApiException.class, () -> groups.addGroup(
                new AddGroupRequest().profile(new OktaUserGroupProfile().name("Nope"))));
        assertEquals(403, refused.getCode());
        assertTrue(refused.getResponseBody().contains("E0000006"), refused.getResponseBody());
    }
}
