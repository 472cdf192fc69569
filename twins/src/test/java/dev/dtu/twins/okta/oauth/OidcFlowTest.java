package dev.dtu.twins.okta.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An OIDC client's view of the default authorization server: discovery, authorization code with PKCE,
 * tokens validated against the JWKS with nimbus, refresh with rotation, introspection and revocation.
 */
class OidcFlowTest {
    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    static OktaServer server;

    @BeforeAll
    static void start() {
        server = new OktaServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static OidcClient client(OktaServer.Universe u) {
        return new OidcClient(u.issuer(), u.clientId(), u.clientSecret());
    }

    static JsonNode codeFlow(OidcClient client, String scope) throws Exception {
        Map<String, String> back = client.authorize(scope, "st-1", OidcClient.s256(VERIFIER), "");
        assertEquals("st-1", back.get("state"));
        Http.Reply r = client.token("grant_type=authorization_code&code=" + back.get("code") + "&redirect_uri="
                + OidcClient.enc(OidcClient.REDIRECT) + "&code_verifier=" + VERIFIER);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static JWTClaimsSet validate(OidcClient client, String token, String audience) throws Exception {
        // nimbus's default HTTP timeouts are 500 ms; a loaded CI machine can take longer to answer.
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(client.endpoint("jwks_uri")).toURL(),
                        new com.nimbusds.jose.util.DefaultResourceRetriever(10_000, 10_000))
                .retrying(false).rateLimited(false).refreshAheadCache(false).cache(false).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(client.issuer).build(), Set.of("sub", "iat", "exp", "jti")));
        return processor.process(token, null);
    }

    @Test
    void discoveryNamesTheEndpointsUnderTheIssuer() {
        OktaServer.Universe u = server.universe();
        OidcClient client = client(u);
        assertEquals(u.issuer(), client.discovery.path("issuer").asText());
        assertEquals(u.issuer() + "/v1/keys", client.endpoint("jwks_uri"));
        assertEquals(u.issuer() + "/v1/token", client.endpoint("token_endpoint"));
        assertTrue(client.discovery.path("code_challenge_methods_supported").toString().contains("S256"));
        JsonNode org = Http.get(u.orgUrl() + "/.well-known/openid-configuration").json();
        assertEquals(u.orgUrl(), org.path("issuer").asText());
        assertEquals(u.orgUrl() + "/oauth2/v1/authorize", org.path("authorization_endpoint").asText());
        assertEquals(u.issuer(), Http.get(u.issuer() + "/.well-known/oauth-authorization-server").json()
                .path("issuer").asText());
    }

    @Test
    void pkceCodeFlowGivesTokensThatVerifyAgainstTheJwks() throws Exception {
        OktaServer.Universe u = server.universe();
        OidcClient client = client(u);
        JsonNode tokens = codeFlow(client, "openid profile email offline_access northwind.read");
        assertEquals("Bearer", tokens.path("token_type").asText());
        assertEquals(3600, tokens.path("expires_in").asInt());

        JWTClaimsSet access = validate(client, tokens.path("access_token").asText(), "api://default");
        assertEquals("ada.lovelace@northwind.example", access.getSubject());
        assertEquals(u.clientId(), access.getStringClaim("cid"));
        assertTrue(access.getStringClaim("uid").startsWith("00u"));
        assertEquals(List.of("openid", "profile", "email", "offline_access", "northwind.read"),
                access.getStringListClaim("scp"));
        assertEquals(List.of("Everyone", "engineering", "admins"), access.getStringListClaim("groups"));
        assertTrue(access.getExpirationTime().after(new Date()));
        assertTrue(access.getJWTID().startsWith("AT."));

        JWTClaimsSet id = validate(client, tokens.path("id_token").asText(), u.clientId());
        assertEquals(access.getStringClaim("uid"), id.getSubject());
        assertEquals("n-0S6", id.getStringClaim("nonce"));
        assertEquals("ada.lovelace@northwind.example", id.getStringClaim("email"));
        assertEquals("Ada Lovelace", id.getStringClaim("name"));

        assertThrows(BadJOSEException.class, () -> validate(client, tokens.path("access_token").asText(), "api://other"));
        OktaServer.Universe other = server.universe();
        assertThrows(BadJOSEException.class, () -> validate(client(other), tokens.path("access_token").asText(),
                "api://default"), "another universe's issuer and keys reject the token");

        JsonNode userinfo = Http.get(client.endpoint("userinfo_endpoint"), "Authorization",
                "Bearer " + tokens.path("access_token").asText()).json();
        assertEquals(id.getSubject(), userinfo.path("sub").asText());
        assertEquals("Ada", userinfo.path("given_name").asText());
    }

    @Test
    void refreshRotatesAndRevokeAndIntrospectAgree() throws Exception {
        OidcClient client = client(server.universe());
        JsonNode tokens = codeFlow(client, "openid offline_access");
        String refresh = tokens.path("refresh_token").asText();
        Http.Reply refreshed = client.token("grant_type=refresh_token&refresh_token=" + refresh);
        assertEquals(200, refreshed.status(), refreshed.body());
        String rotated = refreshed.json().path("refresh_token").asText();
        assertNotEquals(refresh, rotated);
        assertEquals("invalid_grant", client.token("grant_type=refresh_token&refresh_token=" + refresh).json()
                .path("error").asText(), "a used refresh token is spent");

        String access = refreshed.json().path("access_token").asText();
        JsonNode active = client.introspect(access).json();
        assertTrue(active.path("active").asBoolean());
        assertEquals("ada.lovelace@northwind.example", active.path("username").asText());
        assertEquals("openid offline_access", active.path("scope").asText());
        assertTrue(client.introspect(rotated).json().path("active").asBoolean());

        assertEquals(200, client.revoke(access).status());
        assertFalse(client.introspect(access).json().path("active").asBoolean());
        assertEquals(200, client.revoke(rotated).status());
        assertFalse(client.introspect(rotated).json().path("active").asBoolean());
        assertEquals(401, Http.get(client.endpoint("userinfo_endpoint"), "Authorization", "Bearer " + access).status());
    }

    @Test
    void suspendingTheUserDeactivatesTheirTokens() throws Exception {
        OktaServer.Universe u = server.universe();
        OidcClient client = client(u);
        JsonNode tokens = codeFlow(client, "openid offline_access");
        String userId = u.get("/api/v1/users/me").json().path("id").asText();
        assertEquals(200, u.send("POST", "/api/v1/users/" + userId + "/lifecycle/suspend", null).status());
        assertFalse(client.introspect(tokens.path("access_token").asText()).json().path("active").asBoolean());
        Http.Reply refresh = client.token("grant_type=refresh_token&refresh_token=" + tokens.path("refresh_token").asText());
        assertEquals(400, refresh.status());
        assertEquals("invalid_grant", refresh.json().path("error").asText());
    }

    @Test
    void pkceVerifierMismatchIsInvalidGrant() throws Exception {
        OidcClient client = client(server.universe());
        Map<String, String> back = client.authorize("openid", "s", OidcClient.s256(VERIFIER), "");
        Http.Reply r = client.token("grant_type=authorization_code&code=" + back.get("code") + "&redirect_uri="
                + OidcClient.enc(OidcClient.REDIRECT) + "&code_verifier=" + "x".repeat(43));
        assertEquals(400, r.status());
        assertEquals("invalid_grant", r.json().path("error").asText());
        assertEquals("PKCE verification failed.", r.json().path("error_description").asText());
    }

    @Test
    void authorizeErrorsGoBackOnTheRedirect() {
        OktaServer.Universe u = server.universe();
        OidcClient client = client(u);
        Map<String, String> badScope = client.authorize("openid nope", "s2", null, "");
        assertEquals("invalid_scope", badScope.get("error"));
        assertEquals("s2", badScope.get("state"));
        Map<String, String> hinted = client.authorize("openid", "s3", null, "&login_hint="
                + OidcClient.enc("grace.hopper@northwind.example"));
        assertNotNull(hinted.get("code"));
        assertEquals(204, Http.send("DELETE", server.url() + "/_dtu/universes/" + u.id() + "/okta/session", null).status());
        assertEquals("login_required", client.authorize("openid", "s4", null, "&prompt=none").get("error"));
        Http.Reply wrongRedirect = Http.get(client.endpoint("authorization_endpoint") + "?client_id=" + u.clientId()
                + "&response_type=code&scope=openid&state=x&redirect_uri=" + OidcClient.enc("https://evil.example/cb"));
        assertEquals(400, wrongRedirect.status(), "a redirect URI the app does not have is never redirected to");
    }

    @Test
    void aSessionTokenFromTheAuthnApiSkipsTheLoginForm() {
        OktaServer.Universe u = server.universe();
        OidcClient client = client(u);
        assertEquals(204, Http.send("DELETE", server.url() + "/_dtu/universes/" + u.id() + "/okta/session", null).status());
        assertEquals("login_required", client.authorize("openid", "s5", null, "&prompt=none").get("error"));
        String grace = u.get("/api/v1/users/grace.hopper@northwind.example").json().path("id").asText();
        assertEquals(200, u.send("POST", "/api/v1/users/" + grace,
                "{\"credentials\":{\"password\":{\"value\":\"Cobol-Compiler-1959\"}}}").status());
        String sessionToken = Http.post(u.orgUrl() + "/api/v1/authn", "{\"username\":\"grace.hopper@northwind.example\","
                + "\"password\":\"Cobol-Compiler-1959\"}", "Content-Type", "application/json").json()
                .path("sessionToken").asText();
        Map<String, String> back = client.authorize("openid", "s6", null, "&prompt=none&sessionToken="
                + OidcClient.enc(sessionToken));
        assertNotNull(back.get("code"), back.toString());
        assertEquals(grace, Http.get(server.url() + "/_dtu/universes/" + u.id() + "/okta/session").json()
                .path("userId").asText());
    }

    @Test
    void clientCredentialsAndPasswordGrants() throws Exception {
        OktaServer.Universe u = server.universe();
        OidcClient client = client(u);
        Http.Reply cc = client.token("grant_type=client_credentials&scope=northwind.read");
        assertEquals(200, cc.status(), cc.body());
        JWTClaimsSet claims = validate(client, cc.json().path("access_token").asText(), "api://default");
        assertEquals(u.clientId(), claims.getSubject());
        assertEquals(List.of("northwind.read"), claims.getStringListClaim("scp"));
        assertEquals("invalid_scope", client.token("grant_type=client_credentials&scope=openid").json().path("error").asText());

        Http.Reply password = client.token("grant_type=password&username=" + OidcClient.enc("grace.hopper@northwind.example")
                + "&password=" + OidcClient.enc("Tw1n-Passw0rd!") + "&scope=openid");
        assertEquals(200, password.status(), password.body());
        assertNotNull(password.json().path("id_token").asText(null));
        Http.Reply wrong = client.token("grant_type=password&username=grace.hopper@northwind.example&password=nope&scope=openid");
        assertEquals("invalid_grant", wrong.json().path("error").asText());

        OidcClient impostor = new OidcClient(u.issuer(), u.clientId(), "not-the-secret");
        Http.Reply denied = impostor.token("grant_type=client_credentials&scope=northwind.read");
        assertEquals(401, denied.status());
        assertEquals("invalid_client", denied.json().path("error").asText());
    }

    @Test
    void rotatedKeysArePublishedAndOldTokensStillVerify() throws Exception {
        OktaServer.Universe u = server.universe();
        OidcClient client = client(u);
        String before = client.token("grant_type=client_credentials&scope=northwind.read").json().path("access_token").asText();
        Http.Reply rotated = Http.post(server.url() + "/_dtu/universes/" + u.id() + "/okta/keys/rotate", "");
        assertEquals(200, rotated.status(), rotated.body());
        JsonNode jwks = Http.get(client.endpoint("jwks_uri")).json();
        assertEquals(2, jwks.path("keys").size());
        assertEquals(rotated.json().path("kid").asText(), jwks.at("/keys/0/kid").asText());
        assertFalse(jwks.toString().contains("\"d\""), "no private key material in the JWKS");
        String after = client.token("grant_type=client_credentials&scope=northwind.read").json().path("access_token").asText();
        assertEquals(rotated.json().path("kid").asText(),
                com.nimbusds.jwt.SignedJWT.parse(after).getHeader().getKeyID());
        assertNotNull(validate(client, before, "api://default"));
        assertNotNull(validate(client, after, "api://default"));
    }
}
