package dev.dtu.twins.slack.api;

import static dev.dtu.twins.slack.api.Tier.TIER1;
import static dev.dtu.twins.slack.api.Tier.TIER3;
import static dev.dtu.twins.slack.api.Tier.TIER4;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Request;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.events.Secrets;
import dev.dtu.twins.slack.events.WebhookUrls;
import dev.dtu.twins.slack.model.AppConfig;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.ExchangedToken;
import dev.dtu.twins.slack.model.IncomingWebhook;
import dev.dtu.twins.slack.model.IncomingWebhooks;
import dev.dtu.twins.slack.model.Installs;
import dev.dtu.twins.slack.model.OAuthCode;
import dev.dtu.twins.slack.model.SlackKinds;
import dev.dtu.twins.slack.model.Team;
import dev.dtu.twins.slack.model.Token;
import dev.dtu.twins.slack.model.Workspace;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Installing and uninstalling the app: oauth.v2.access (a code, or a refresh token with token rotation),
 * oauth.v2.exchange, auth.revoke and apps.uninstall (https://api.slack.com/authentication/oauth-v2,
 * https://api.slack.com/authentication/rotation).
 */
public final class OAuthApi {
    /** The universe's client secret, minted like its signing secret. */
    public static final String CLIENT_SECRET = "client_secret";
    private static final List<String> METHODS = List.of("oauth.access", "oauth.v2.access", "oauth.v2.exchange", "apps.uninstall",
            "openid.connect.token");

    private OAuthApi() {}

    /** The methods, with the tiers Slack documents for them. */
    static List<SlackMethod> methods() {
        return List.of(
                new SlackMethod("oauth.access", TIER4, true, false, null, false, OAuthApi::accessV1),
                // "special rate limits apply"; counted as Tier 2. The refresh token is the credential, not a token.
                new SlackMethod("tooling.tokens.rotate", Tier.TIER2, true, false, null, false, ManifestsApi::rotate),
                new SlackMethod("oauth.v2.access", TIER4, true, false, null, false, OAuthApi::access),
                new SlackMethod("oauth.v2.exchange", TIER3, true, false, null, false, OAuthApi::exchange),
                new SlackMethod("auth.revoke", TIER3, true, true, null, false, OAuthApi::revoke),
                new SlackMethod("apps.uninstall", TIER1, true, true, null, false, OAuthApi::uninstall));
    }

    /**
     * Slack asks for client_id and client_secret by HTTP Basic authentication rather than as arguments
     * (oauth.v2.access, Arguments); this turns the Basic header into the two arguments for the OAuth methods.
     */
    public static Request withClientCredentials(Request request) {
        boolean oauthMethod = WebApi.methodName(request.path()).filter(METHODS::contains).isPresent();
        Optional<String> basic = request.authorization("Basic");
        if (!oauthMethod || basic.isEmpty()) {
            return request;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(basic.get().trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return request;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return request;
        }
        Map<String, List<String>> query = new LinkedHashMap<>(request.query());
        query.putIfAbsent("client_id", List.of(decoded.substring(0, colon)));
        query.putIfAbsent("client_secret", List.of(decoded.substring(colon + 1)));
        return new Request(request.method(), request.path(), query, request.headers(), request.body(), request.baseUrl());
    }

    static void client(MethodCall m) {
        String clientId = m.args().string("client_id").orElseThrow(() -> new SlackError("invalid_client_id"));
        if (!clientId.equals(Installs.settings(m.ws().tx()).clientId())) {
            throw new SlackError("invalid_client_id");
        }
        String secret = m.universe().secret(SlackKinds.TWIN, CLIENT_SECRET).orElseThrow();
        String given = m.args().string("client_secret").orElse("");
        if (!MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new SlackError("bad_client_secret");
        }
    }

    static ObjectNode access(MethodCall m) {
        String grant = m.args().string("grant_type").orElse("authorization_code");
        if (grant.equals("authorization_code") && m.args().string("code").isEmpty()) {
            // Slack's own SDK test: no code is invalid_code, whatever the client id (oauth_Test#accessV2)
            throw new SlackError("invalid_code");
        }
        client(m);
        return switch (grant) {
            case "authorization_code" -> redeem(m);
            case "refresh_token" -> refresh(m);
            default -> throw new SlackError("invalid_grant_type");
        };
    }

    /**
     * oauth.access, classic apps' install (https://docs.slack.dev/reference/methods/oauth.access). The twin's app is
     * a Slack app with granular scopes, installed by OAuth v2: no authorize step of the twin hands out codes for v1,
     * so after the client is checked every code is invalid_code, as Slack answers a code it did not issue.
     */
    static ObjectNode accessV1(MethodCall m) {
        m.args().string("code").orElseThrow(() -> new SlackError("invalid_code"));
        client(m);
        throw new SlackError("invalid_code");
    }

    /** Spends an authorization code of oauth/v2/authorize (or, for {@code openid}, of openid/connect/authorize). */
    static OAuthCode spend(MethodCall m, boolean openid) {
        Workspace ws = m.ws();
        String code = m.args().string("code").orElseThrow(() -> new SlackError("invalid_code"));
        OAuthCode c = ws.tx().get(SlackKinds.OAUTH_CODES, Installs.digest(code))
                .filter(x -> x.openid() == openid).orElseThrow(() -> new SlackError("invalid_code"));
        if (c.used()) {
            throw new SlackError("code_already_used");
        }
        if (ws.nowSeconds() >= c.expiresAt()) {
            throw new SlackError("invalid_code");
        }
        Optional<String> redirect = m.args().string("redirect_uri");
        if (c.redirectUri() != null && redirect.isPresent() && !redirect.get().equals(c.redirectUri())) {
            throw new SlackError("bad_redirect_uri");
        }
        ws.tx().put(SlackKinds.OAUTH_CODES, c.digest(), c.spent());
        return c;
    }

    private static ObjectNode redeem(MethodCall m) {
        Workspace ws = m.ws();
        OAuthCode c = spend(m, false);
        AppConfig app = ws.app();
        ObjectNode body = MethodCall.body();
        body.put("app_id", app.appId());
        ObjectNode user = body.putObject("authed_user").put("id", c.installer());
        if (!c.userScopes().isEmpty()) {
            Installs.Minted t = learn(m, Installs.issue(ws, "user", c.installer(), null, c.userScopes()));
            user.put("scope", String.join(",", c.userScopes())).put("access_token", t.accessToken())
                    .put("token_type", "user");
            rotation(user, t);
        }
        if (!c.scopes().isEmpty()) {
            Installs.Minted t = learn(m, Installs.issue(ws, "bot", app.botUserId(), app.botId(), c.scopes()));
            body.put("scope", String.join(",", c.scopes())).put("token_type", "bot")
                    .put("access_token", t.accessToken()).put("bot_user_id", app.botUserId());
            rotation(body, t);
        }
        team(body, ws.team());
        if (c.webhookChannel() != null) {
            webhook(m, body, c);
        }
        return body;
    }

    private static void webhook(MethodCall m, ObjectNode body, OAuthCode c) {
        Workspace ws = m.ws();
        Conversation channel = ws.find(c.webhookChannel()).orElseThrow(() -> new SlackError("channel_not_found"));
        IncomingWebhook hook = IncomingWebhooks.forChannel(ws.tx(), channel.id())
                .orElseGet(() -> IncomingWebhooks.add(ws.tx(), channel.id(), c.installer()));
        if (channel.isPrivate() && !ws.botIn(channel)) {
            ws.save(channel.withMember(ws.app().botUserId()));
        }
        String twinUrl = m.ws().filesUrl();
        body.putObject("incoming_webhook")
                .put("channel", "#" + channel.name())
                .put("channel_id", channel.id())
                .put("configuration_url", ws.team().url() + "services/" + hook.id())
                .put("url", WebhookUrls.of(twinUrl, Secrets.signingSecret(m.universe()), ws.team().id(), hook.id()));
    }

    private static ObjectNode refresh(MethodCall m) {
        Workspace ws = m.ws();
        String refreshToken = m.args().string("refresh_token").orElseThrow(() -> new SlackError("invalid_refresh_token"));
        Installs.Minted t = learn(m, Installs.refresh(ws, refreshToken));
        AppConfig app = ws.app();
        ObjectNode body = MethodCall.body();
        body.put("app_id", app.appId());
        body.put("scope", String.join(",", t.record().scopes())).put("token_type", t.record().type())
                .put("access_token", t.accessToken());
        if (t.record().isBot()) {
            body.put("bot_user_id", app.botUserId());
        } else {
            body.putObject("authed_user").put("id", t.record().userId());
        }
        rotation(body, t);
        team(body, ws.team());
        return body;
    }

    /** oauth.v2.exchange: a long-lived token of this app for a rotating pair (the app must have rotation on). */
    static ObjectNode exchange(MethodCall m) {
        client(m);
        Workspace ws = m.ws();
        if (!Installs.settings(ws.tx()).tokenRotation()) {
            throw new SlackError("token_rotation_not_enabled");
        }
        String legacy = m.args().string("token").orElseThrow(() -> new SlackError("invalid_token"));
        Token token = m.universe().credential(legacy).filter(cr -> cr.twin().equals(SlackKinds.TWIN))
                .flatMap(cr -> ws.tx().get(SlackKinds.TOKENS, cr.name()))
                .or(() -> Installs.issued(ws.tx(), legacy).filter(t -> t.expiresAt() == 0).map(t -> t.asToken()))
                .orElseThrow(() -> new SlackError("invalid_token"));
        if (token.revoked()) {
            throw new SlackError("authorization_not_found");
        }
        String digest = Installs.digest(legacy);
        if (ws.tx().get(SlackKinds.EXCHANGED_TOKENS, digest).isPresent()) {
            throw new SlackError("token_already_exchanged");
        }
        ws.tx().put(SlackKinds.EXCHANGED_TOKENS, digest, new ExchangedToken(digest));
        Installs.Minted t = learn(m, Installs.issue(ws, token.type(), token.userId(), token.botId(), token.scopes()));
        ObjectNode body = MethodCall.body();
        body.put("app_id", ws.app().appId());
        body.put("scope", String.join(",", token.scopes())).put("token_type", token.type())
                .put("access_token", t.accessToken());
        if (token.isBot()) {
            body.put("bot_user_id", token.userId());
        } else {
            body.putObject("authed_user").put("id", token.userId());
        }
        rotation(body, t);
        team(body, ws.team());
        return body;
    }

    /** auth.revoke: the calling token stops working; with test=true nothing is revoked. */
    static ObjectNode revoke(MethodCall m) {
        if (!m.args().bool("test", false)) {
            Installs.revoke(m.ws(), m.caller().token());
        }
        return MethodCall.body().put("revoked", true);
    }

    /** apps.uninstall: needs the app's client id and secret beside a token of the workspace. */
    static ObjectNode uninstall(MethodCall m) {
        client(m);
        Installs.uninstall(m.ws());
        return MethodCall.body();
    }

    static void rotation(ObjectNode o, Installs.Minted t) {
        if (t.refreshToken() != null) {
            o.put("refresh_token", t.refreshToken()).put("expires_in", t.expiresIn());
        }
    }

    private static void team(ObjectNode body, Team team) {
        body.putObject("team").put("id", team.id()).put("name", team.name());
        body.putNull("enterprise");
        body.put("is_enterprise_install", false);
    }

    static Installs.Minted learn(MethodCall m, Installs.Minted t) {
        m.universe().redactor().learn(t.accessToken(), "access_token");
        if (t.refreshToken() != null) {
            m.universe().redactor().learn(t.refreshToken(), "refresh_token");
        }
        return t;
    }

    /** The scopes of a scope argument: Slack separates them by commas (spaces are taken too). */
    public static List<String> scopes(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split("[,\\s]+")) {
                if (!s.isBlank() && !out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
