package dev.dtu.twins.okta.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks {@code /token} makes before and around each grant: which grant types exist, which the client
 * may use, and that codes and refresh tokens are bound to their server and client.
 */
class TokenGrantsTest {
    static OktaServer server;

    @BeforeAll
    static void start() {
        server = new OktaServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A second confidential app made through the Apps API, with only {@code grantTypes}; nobody is assigned to it. */
    static OidcClient otherApp(OktaServer.Universe u, String label, String grantTypes) {
        Http.Reply created = u.send("POST", "/api/v1/apps", """
                {"name":"oidc_client","signOnMode":"OPENID_CONNECT","label":"%s",
                 "credentials":{"oauthClient":{"token_endpoint_auth_method":"client_secret_basic"}},
                 "settings":{"oauthClient":{"redirect_uris":["%s"],"grant_types":%s,
                  "response_types":["code"],"application_type":"web"}}}""".formatted(label, OidcClient.REDIRECT, grantTypes));
        assertEquals(200, created.status(), created.body());
        JsonNode client = created.json().at("/credentials/oauthClient");
        return new OidcClient(u.issuer(), client.path("client_id").asText(), client.path("client_secret").asText());
    }

    static void assertError(Http.Reply r, int status, String error, String description) {
        assertEquals(status, r.status(), r.body());
        assertEquals(error, r.json().path("error").asText(), r.body());
        assertEquals(description, r.json().path("error_description").asText(), r.body());
    }

    static String code(OidcClient client, String scope) throws Exception {
        return client.authorize(scope, "s", OidcClient.s256(OidcFlowTest.VERIFIER), "").get("code");
    }

    static String redeem(String code) {
        return "grant_type=authorization_code&code=" + code + "&redirect_uri=" + OidcClient.enc(OidcClient.REDIRECT)
                + "&code_verifier=" + OidcFlowTest.VERIFIER;
    }

    @Test
    void grantTypesAreCheckedBeforeTheGrantItself() {
        OktaServer.Universe u = server.universe();
        OidcClient portal = OidcFlowTest.client(u);
        assertError(portal.token("scope=openid"), 400, "invalid_request", "The 'grant_type' parameter is required.");
        assertError(portal.token("grant_type=implicit&scope=openid"), 400, "unsupported_grant_type",
                "The authorization grant type is not supported by the authorization server.");

        OidcClient codeOnly = otherApp(u, "Code Only", "[\"authorization_code\",\"password\"]");
        assertError(codeOnly.token("grant_type=client_credentials&scope=northwind.read"), 400, "unauthorized_client",
                "The client is not authorized to use the provided grant type. Configured grant types: "
                        + "[authorization_code, password].");
        assertError(codeOnly.token("grant_type=password&username=" + OidcClient.enc("grace.hopper@northwind.example")
                        + "&password=" + OidcClient.enc("Tw1n-Passw0rd!") + "&scope=openid"), 400, "invalid_grant",
                "User is not assigned to the client application.");

        OidcClient machine = otherApp(u, "Machine", "[\"client_credentials\"]");
        Map<String, String> back = machine.authorize("openid", "s5", null, "");
        assertEquals("unauthorized_client", back.get("error"));
        assertEquals("The client is not authorized to use the provided grant type. Configured grant types: "
                + "[client_credentials].", back.get("error_description"));
    }

    @Test
    void bothServersAdvertiseTheGrantsTheTokenEndpointServes() {
        OktaServer.Universe u = server.universe();
        List<String> grants = List.of("authorization_code", "refresh_token", "password", "client_credentials");
        for (String doc : List.of(u.orgUrl() + "/.well-known/openid-configuration",
                u.issuer() + "/.well-known/oauth-authorization-server")) {
            List<String> supported = new ArrayList<>();
            Http.get(doc).json().path("grant_types_supported").forEach(g -> supported.add(g.asText()));
            assertEquals(grants, supported, doc);
        }
    }

    @Test
    void aCodeIsSpentOnceAndOnlyItsClientAndServerRedeemIt() throws Exception {
        OktaServer.Universe u = server.universe();
        OidcClient portal = OidcFlowTest.client(u);
        String badCode = "The authorization code is invalid or has expired.";

        String code = code(portal, "openid");
        assertError(otherApp(u, "Thief", "[\"authorization_code\"]").token(redeem(code)), 400, "invalid_grant", badCode);
        Http.Reply atOrg = Http.post(u.orgUrl() + "/oauth2/v1/token", redeem(code), "Content-Type",
                "application/x-www-form-urlencoded", "Authorization", portal.basic());
        assertError(atOrg, 400, "invalid_grant", badCode);
        assertEquals(200, portal.token(redeem(code)).status());
        assertError(portal.token(redeem(code)), 400, "invalid_grant", badCode);
        assertError(portal.token("grant_type=authorization_code"), 400, "invalid_grant", badCode);

        assertError(portal.token("grant_type=authorization_code&code=" + code(portal, "openid") + "&redirect_uri="
                        + OidcClient.enc("http://localhost:3000/other") + "&code_verifier=" + OidcFlowTest.VERIFIER),
                400, "invalid_grant", "The 'redirect_uri' does not match the redirection URI used in the authorization request.");
        assertError(portal.token("grant_type=authorization_code&code=" + code(portal, "openid") + "&redirect_uri="
                + OidcClient.enc(OidcClient.REDIRECT)), 400, "invalid_request", "The 'code_verifier' parameter is required.");
    }

    @Test
    void aRefreshMayNarrowItsScopesButNotWidenThem() throws Exception {
        OktaServer.Universe u = server.universe();
        OidcClient portal = OidcFlowTest.client(u);
        String refresh = portal.token(redeem(code(portal, "openid email offline_access"))).json()
                .path("refresh_token").asText();

        assertError(otherApp(u, "Borrower", "[\"authorization_code\",\"refresh_token\"]")
                        .token("grant_type=refresh_token&refresh_token=" + refresh), 400, "invalid_grant",
                "The refresh token is invalid or expired.");

        Http.Reply narrowed = portal.token("grant_type=refresh_token&refresh_token=" + refresh + "&scope=openid");
        assertEquals(200, narrowed.status(), narrowed.body());
        assertEquals("openid offline_access", narrowed.json().path("scope").asText(), "offline_access is kept");
        Http.Reply same = portal.token("grant_type=refresh_token&refresh_token="
                + narrowed.json().path("refresh_token").asText());
        assertEquals(200, same.status(), same.body());
        assertEquals("openid offline_access", same.json().path("scope").asText(), "no scope keeps the token's scopes");
        assertError(portal.token("grant_type=refresh_token&refresh_token=" + same.json().path("refresh_token").asText()
                        + "&scope=openid%20email"), 400, "invalid_scope",
                "The requested scopes exceed the scopes granted to the refresh token.");
    }
}
