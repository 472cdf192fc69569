package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slack.api.methods.response.oauth.OAuthV2ExchangeResponse;
import com.slack.api.webhook.Payload;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.twins.slack.SlackFixture;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Installing the app by OAuth v2 (https://api.slack.com/authentication/oauth-v2) with the official Java SDK. */
class OAuthInstallTest {
    static final String REDIRECT = "https://app.example/slack/oauth_redirect";

    static SlackFixture universe(boolean rotation) {
        return SlackFixture.initech("""
                app: {oauth: {redirectUrls: ["https://app.example/slack"], tokenRotation: %s}}
                channels: [{name: general, members: everyone}, {name: tps}]
                """.formatted(rotation));
    }

    /** The consent page approved by HTTP, as a scenario does: the code from the redirect. */
    static String approve(SlackFixture slack, String scope, String userScope, String person, String channel) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", slack.slack.get("clientId").asText());
        form.put("scope", scope);
        form.put("user_scope", userScope);
        form.put("redirect_uri", REDIRECT);
        form.put("state", "s-42");
        form.put("user", person);
        if (channel != null) {
            form.put("channel", channel);
        }
        form.put("decision", "allow");
        Map<String, String> back = redirect(slack.post(slack.slack.get("authorizeUrl").asText(),
                "application/x-www-form-urlencoded", form(form)));
        assertEquals("s-42", back.get("state"));
        return back.get("code");
    }

    static Map<String, String> redirect(HttpResponse<String> r) {
        assertEquals(302, r.statusCode(), r.body());
        URI location = URI.create(r.headers().firstValue("Location").orElseThrow());
        assertTrue(location.toString().startsWith(REDIRECT + "?"), location.toString());
        Map<String, String> out = new LinkedHashMap<>();
        QueryStrings.parse(location.getRawQuery()).forEach((k, v) -> out.put(k, v.get(0)));
        return out;
    }

    static String form(Map<String, String> values) {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    static OAuthV2AccessResponse access(SlackFixture slack, String code) throws Exception {
        return slack.sdk.methods().oauthV2Access(r -> r.clientId(slack.slack.get("clientId").asText())
                .clientSecret(slack.slack.get("clientSecret").asText()).code(code).redirectUri(REDIRECT));
    }

    @Test
    void theConsentPageListsThePeopleAndChannelsAndDenyingRedirectsWithAccessDenied() {
        SlackFixture slack = universe(false);
        String query = "?client_id=" + slack.slack.get("clientId").asText() + "&scope=chat:write,incoming-webhook"
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8) + "&state=s-1";
        HttpResponse<String> page = slack.get(slack.slack.get("authorizeUrl").asText() + query);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Milton Waddams") && page.body().contains("#tps"), page.body());
        Map<String, String> denied = redirect(slack.post(slack.slack.get("authorizeUrl").asText() + query,
                "application/x-www-form-urlencoded", "decision=deny"));
        assertEquals("access_denied", denied.get("error"));
        assertEquals("s-1", denied.get("state"));

        assertEquals(400, slack.get(slack.slack.get("authorizeUrl").asText() + "?client_id=1.2&scope=chat:write").statusCode());
        assertEquals(400, slack.get(slack.slack.get("authorizeUrl").asText() + query.replace("app.example", "evil.example"))
                .statusCode());
    }

    @Test
    void aCodeBecomesABotTokenAUserTokenAndAWebhook() throws Exception {
        SlackFixture slack = universe(false);
        String code = approve(slack, "chat:write,channels:read,incoming-webhook", "search:read", "peter", "tps");
        OAuthV2AccessResponse r = access(slack, code);
        assertTrue(r.isOk(), r.getError());
        assertEquals("bot", r.getTokenType());
        assertTrue(r.getAccessToken().startsWith("xoxb-"));
        assertEquals("chat:write,channels:read,incoming-webhook", r.getScope());
        assertEquals(slack.botUserId(), r.getBotUserId());
        assertEquals(slack.userId("peter"), r.getAuthedUser().getId());
        assertTrue(r.getAuthedUser().getAccessToken().startsWith("xoxp-"));
        assertEquals("user", r.getAuthedUser().getTokenType());
        assertFalse(r.isEnterpriseInstall());
        assertNull(r.getRefreshToken());
        assertEquals("#tps", r.getIncomingWebhook().getChannel());
        assertEquals(slack.channelId("tps"), r.getIncomingWebhook().getChannelId());

        MethodsClient bot = slack.sdk.methods(r.getAccessToken());
        var test = bot.authTest(t -> t);
        assertTrue(test.isOk(), test.getError());
        assertEquals(slack.botUserId(), test.getUserId());
        var who = slack.sdk.methods(r.getAuthedUser().getAccessToken()).authTest(t -> t);
        assertEquals(slack.userId("peter"), who.getUserId());
        assertEquals("missing_scope", bot.usersList(u -> u).getError());

        assertEquals("ok", slack.sdk.send(r.getIncomingWebhook().getUrl(), Payload.builder().text("hi").build()).getBody());
        String tps = slack.channelId("tps");
        boolean posted = false;
        for (var m : slack.state().get("messages")) {
            posted |= m.path("channel").asText().equals(tps) && m.path("text").asText().equals("hi")
                    && m.path("user").asText().equals(slack.botUserId());
        }
        assertTrue(posted, "the webhook's message is in #tps");

        assertEquals("code_already_used", access(slack, code).getError());
    }

    @Test
    void clientCredentialsCodesAndRedirectsAreChecked() throws Exception {
        SlackFixture slack = universe(false);
        String code = approve(slack, "chat:write", "", "milton", null);
        String id = slack.slack.get("clientId").asText();
        String secret = slack.slack.get("clientSecret").asText();
        assertEquals("bad_client_secret", slack.sdk.methods().oauthV2Access(r -> r.clientId(id)
                .clientSecret("nope").code(code)).getError());
        assertEquals("invalid_client_id", slack.sdk.methods().oauthV2Access(r -> r.clientId("1.1")
                .clientSecret(secret).code(code)).getError());
        assertEquals("invalid_code", slack.sdk.methods().oauthV2Access(r -> r.clientId(id)
                .clientSecret(secret).code("made-up")).getError());
        assertEquals("bad_redirect_uri", slack.sdk.methods().oauthV2Access(r -> r.clientId(id)
                .clientSecret(secret).code(code).redirectUri("https://app.example/slack/other")).getError());
        assertEquals("invalid_grant_type", slack.sdk.methods().oauthV2Access(r -> r.clientId(id)
                .clientSecret(secret).grantType("password")).getError());
        // client credentials as form arguments work as well as by Basic authentication
        HttpResponse<String> form = slack.post(slack.baseUrl() + "oauth.v2.access", "application/x-www-form-urlencoded",
                form(Map.of("client_id", id, "client_secret", secret, "code", code)));
        assertTrue(SlackFixture.json(form).get("ok").asBoolean(), form.body());
    }

    @Test
    void codesExpireAfterTenMinutes() throws Exception {
        SlackFixture slack = universe(false);
        String code = approve(slack, "chat:write", "", "milton", null);
        var u = SlackFixture.server().universes().require(slack.universeId);
        u.setClock(Clock.offset(Clock.system(ZoneOffset.UTC), Duration.ofMinutes(11)));
        assertEquals("invalid_code", access(slack, code).getError());
    }

    @Test
    void withTokenRotationTokensExpireAndRefreshTokensAreSpentOnce() throws Exception {
        SlackFixture slack = universe(true);
        OAuthV2AccessResponse r = access(slack, approve(slack, "chat:write", "", "milton", null));
        assertTrue(r.getAccessToken().startsWith("xoxe.xoxb-1-"), r.getAccessToken());
        assertTrue(r.getRefreshToken().startsWith("xoxe-1-"));
        assertEquals(43_200, r.getExpiresIn());
        String id = slack.slack.get("clientId").asText();
        String secret = slack.slack.get("clientSecret").asText();
        OAuthV2AccessResponse refreshed = slack.sdk.methods().oauthV2Access(x -> x.clientId(id).clientSecret(secret)
                .grantType("refresh_token").refreshToken(r.getRefreshToken()));
        assertTrue(refreshed.isOk(), refreshed.getError());
        assertNotEquals(r.getAccessToken(), refreshed.getAccessToken());
        assertEquals("bot", refreshed.getTokenType());
        assertTrue(slack.sdk.methods(refreshed.getAccessToken()).authTest(t -> t).isOk());
        assertEquals("invalid_refresh_token", slack.sdk.methods().oauthV2Access(x -> x.clientId(id).clientSecret(secret)
                .grantType("refresh_token").refreshToken(r.getRefreshToken())).getError());

        var u = SlackFixture.server().universes().require(slack.universeId);
        u.setClock(Clock.offset(Clock.system(ZoneOffset.UTC), Duration.ofHours(13)));
        try {
            assertEquals("token_expired", slack.sdk.methods(refreshed.getAccessToken()).authTest(t -> t).getError());
        } finally {
            u.setClock(Clock.system(ZoneOffset.UTC));
        }
    }

    @Test
    void exchangeTurnsALongLivedTokenIntoARotatingPairOnce() throws Exception {
        SlackFixture slack = universe(true);
        String id = slack.slack.get("clientId").asText();
        String secret = slack.slack.get("clientSecret").asText();
        String legacy = slack.slack.get("botToken").asText();
        OAuthV2ExchangeResponse r = slack.sdk.methods().oauthV2Exchange(x -> x.clientId(id).clientSecret(secret).token(legacy));
        assertTrue(r.isOk(), r.getError());
        assertTrue(r.getAccessToken().startsWith("xoxe.xoxb-1-"));
        assertEquals(slack.botUserId(), slack.sdk.methods(r.getAccessToken()).authTest(t -> t).getUserId());
        assertEquals("token_already_exchanged", slack.sdk.methods().oauthV2Exchange(x -> x.clientId(id)
                .clientSecret(secret).token(legacy)).getError());
        assertEquals("invalid_token", slack.sdk.methods().oauthV2Exchange(x -> x.clientId(id)
                .clientSecret(secret).token("xoxb-made-up")).getError());

        SlackFixture plain = universe(false);
        assertEquals("token_rotation_not_enabled", plain.sdk.methods().oauthV2Exchange(x -> x
                .clientId(plain.slack.get("clientId").asText()).clientSecret(plain.slack.get("clientSecret").asText())
                .token(plain.slack.get("botToken").asText())).getError());
    }

    @Test
    void revokingAndUninstallingStopTokensAndWebhooks() throws Exception {
        SlackFixture slack = universe(false);
        OAuthV2AccessResponse r = access(slack, approve(slack, "chat:write,incoming-webhook", "", "milton", "general"));
        MethodsClient installed = slack.sdk.methods(r.getAccessToken());
        assertTrue(installed.authRevoke(x -> x.test(true)).isRevoked());
        assertTrue(installed.authTest(t -> t).isOk());
        assertTrue(installed.authRevoke(x -> x).isRevoked());
        assertEquals("token_revoked", installed.authTest(t -> t).getError());

        String id = slack.slack.get("clientId").asText();
        assertEquals("bad_client_secret", slack.bot().appsUninstall(x -> x.clientId(id).clientSecret("x")).getError());
        assertTrue(slack.bot().appsUninstall(x -> x.clientId(id).clientSecret(slack.slack.get("clientSecret").asText()))
                .isOk());
        assertEquals("token_revoked", slack.bot().authTest(t -> t).getError());
        assertEquals("token_revoked", slack.user().authTest(t -> t).getError());
        var posted = slack.sdk.send(r.getIncomingWebhook().getUrl(), Payload.builder().text("hi").build());
        assertEquals(404, posted.getCode());
        assertEquals("no_service", posted.getBody());
    }

    @Test
    void aTokenIssuedInOneUniverseIsInvalidInAnother() throws Exception {
        SlackFixture one = universe(false);
        SlackFixture two = universe(false);
        OAuthV2AccessResponse r = access(one, approve(one, "chat:write", "", "milton", null));
        assertEquals("invalid_auth", two.sdk.methods(r.getAccessToken()).authTest(t -> t).getError());
        assertEquals("invalid_code", access(two, approve(one, "chat:write", "", "milton", null)).getError());
    }

    @Test
    void badInputGetsSlacksErrorsNeverA500() {
        SlackFixture slack = universe(false);
        String api = slack.baseUrl();
        for (String method : java.util.List.of("oauth.v2.access", "oauth.v2.exchange", "openid.connect.token",
                "apps.uninstall", "auth.revoke", "openid.connect.userInfo")) {
            HttpResponse<String> empty = slack.post(api + method, "application/x-www-form-urlencoded", "");
            assertEquals(200, empty.statusCode(), method);
            assertFalse(SlackFixture.json(empty).get("ok").asBoolean(), method);
            HttpResponse<String> json = slack.post(api + method, "application/json", "{\"code\":[1,2]}",
                    "Authorization", "Basic !!!not-base64");
            assertEquals(200, json.statusCode(), method + " " + json.body());
        }
        String page = slack.slack.get("authorizeUrl").asText();
        assertEquals(400, slack.get(page).statusCode());
        assertEquals(400, slack.post(page, "application/x-www-form-urlencoded", "client_id=%zz&decision=allow").statusCode());
        HttpResponse<String> getHook = slack.get(api.replace("/api/", "/services/T1/B1/x"));
        assertEquals(405, getHook.statusCode());
    }
}
