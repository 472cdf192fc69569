package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.slack.api.methods.response.openid.connect.OpenIDConnectTokenResponse;
import com.slack.api.methods.response.openid.connect.OpenIDConnectUserInfoResponse;
import dev.dtu.twins.slack.SlackFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign in with Slack (https://api.slack.com/authentication/sign-in-with-slack) through the official Java SDK. */
class OpenIdConnectTest {
    static String authorize(SlackFixture slack, String path, String scope, String person) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("response_type", "code");
        form.put("client_id", slack.slack.get("clientId").asText());
        form.put("scope", scope);
        form.put("redirect_uri", OAuthInstallTest.REDIRECT);
        form.put("state", "s-42");
        form.put("nonce", "n-7");
        form.put("user", person);
        form.put("decision", "allow");
        String url = slack.slack.get("authorizeUrl").asText().replace("/oauth/v2/authorize", path);
        return OAuthInstallTest.redirect(slack.post(url, "application/x-www-form-urlencoded",
                OAuthInstallTest.form(form))).get("code");
    }

    static OpenIDConnectTokenResponse token(SlackFixture slack, String code) throws Exception {
        return slack.sdk.methods().openIDConnectToken(r -> r.clientId(slack.slack.get("clientId").asText())
                .clientSecret(slack.slack.get("clientSecret").asText()).code(code)
                .redirectUri(OAuthInstallTest.REDIRECT));
    }

    @Test
    void aCodeBecomesAUserTokenAndAnIdTokenSignedWithThePublishedKey() throws Exception {
        SlackFixture slack = OAuthInstallTest.universe(false);
        OpenIDConnectTokenResponse r = token(slack, authorize(slack, "/openid/connect/authorize",
                "openid email profile", "peter"));
        assertTrue(r.isOk(), r.getError());
        assertEquals("Bearer", r.getTokenType());
        assertTrue(r.getAccessToken().startsWith("xoxp-"));

        String keys = slack.get(slack.baseUrl().replace("/api/", "/openid/connect/keys")).body();
        RSAKey key = (RSAKey) JWKSet.parse(keys).getKeys().get(0);
        SignedJWT jwt = SignedJWT.parse(r.getIdToken());
        assertTrue(jwt.verify(new RSASSAVerifier(key)), "the id_token verifies with the published key");
        var claims = jwt.getJWTClaimsSet();
        assertEquals("https://slack.com", claims.getIssuer());
        assertEquals(slack.userId("peter"), claims.getSubject());
        assertEquals(List.of(slack.slack.get("clientId").asText()), claims.getAudience());
        assertEquals("n-7", claims.getStringClaim("nonce"));
        assertEquals("peter@initech.example", claims.getStringClaim("email"));
        assertEquals(slack.slack.get("teamId").asText(), claims.getStringClaim("https://slack.com/team_id"));

        OpenIDConnectUserInfoResponse info = slack.sdk.methods(r.getAccessToken()).openIDConnectUserInfo(x -> x);
        assertTrue(info.isOk(), info.getError());
        assertEquals(slack.userId("peter"), info.getSub());
        assertEquals("peter@initech.example", info.getEmail());
        assertTrue(info.isEmailVerified());
        assertEquals("Peter", info.getGivenName());
        assertEquals("Gibbons", info.getFamilyName());
        assertEquals("Initech", info.getTeamName());
    }

    @Test
    void withoutEmailAndProfileOnlyTheIdsAreGiven() throws Exception {
        SlackFixture slack = OAuthInstallTest.universe(false);
        OpenIDConnectTokenResponse r = token(slack, authorize(slack, "/openid/connect/authorize", "openid", "milton"));
        OpenIDConnectUserInfoResponse info = slack.sdk.methods(r.getAccessToken()).openIDConnectUserInfo(x -> x);
        assertEquals(slack.userId("milton"), info.getUserId());
        assertNull(info.getEmail());
        assertNull(info.getName());
    }

    @Test
    void codesDoNotCrossFlowsAndOtherTokensLackTheOpenidScope() throws Exception {
        SlackFixture slack = OAuthInstallTest.universe(false);
        String installCode = OAuthInstallTest.approve(slack, "chat:write", "", "milton", null);
        assertEquals("invalid_code", token(slack, installCode).getError());
        String signIn = authorize(slack, "/openid/connect/authorize", "openid", "milton");
        assertEquals("invalid_code", OAuthInstallTest.access(slack, signIn).getError());
        assertEquals("bad_client_secret", slack.sdk.methods().openIDConnectToken(r -> r
                .clientId(slack.slack.get("clientId").asText()).clientSecret("x").code(signIn)).getError());
        assertEquals("missing_scope", slack.user().openIDConnectUserInfo(x -> x).getError());
        String url = slack.slack.get("authorizeUrl").asText().replace("/oauth/v2/authorize", "/openid/connect/authorize");
        var noOpenid = OAuthInstallTest.redirect(slack.get(url + "?response_type=code&scope=email&client_id="
                + slack.slack.get("clientId").asText() + "&redirect_uri="
                + URLEncoder.encode(OAuthInstallTest.REDIRECT, StandardCharsets.UTF_8)));
        assertEquals("invalid_scope", noOpenid.get("error"));
    }
}
