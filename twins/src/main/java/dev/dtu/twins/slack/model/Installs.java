package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.slack.errors.SlackError;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's installations: tokens issued by OAuth (https://api.slack.com/authentication/oauth-v2), their rotation
 * (https://api.slack.com/authentication/rotation), revocation and uninstalling. Tokens, codes and refresh tokens
 * are kept under their SHA-256 only.
 */
public final class Installs {
    /** Rotating access tokens live twelve hours (https://api.slack.com/authentication/rotation). */
    public static final long ROTATING_LIFETIME = 43_200;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * The universe's credential that tokens issued at run time carry as their first number (Slack's tokens of one
     * workspace share it too: {@code xoxb-<workspace number>-<bot number>-<secret>}), so a proxy finds their universe.
     */
    public static final String ROUTE = "token_route";
    private static final Pattern ROUTED = Pattern.compile("(?:xoxe\\.)?xox[bpe]-(?:1-)?(\\d+)-.*");

    /** A token just issued: the secrets are handed out once and then only their digests remain. */
    public record Minted(String accessToken, String refreshToken, long expiresIn, IssuedToken record) {}

    private Installs() {}

    /** {@code slack.app.oauth}: redirect URLs and token rotation; the client id is made from the team and app ids. */
    static void seed(JsonNode oauth, Tx tx, Team team, AppConfig app) {
        List<String> urls = new ArrayList<>();
        oauth.path("redirectUrls").forEach(u -> urls.add(u.asText()));
        tx.put(SlackKinds.OAUTH, OAuthSettings.ID, new OAuthSettings(clientId(team.id(), app.appId()), urls,
                oauth.path("tokenRotation").asBoolean(false)));
    }

    /** Slack's client ids are two numbers, the team's and the app's: "1234567890.1234567890123". */
    private static String clientId(String teamId, String appId) {
        return (1_000_000_000L + Long.parseLong(teamId.substring(1), 36)) + "."
                + (1_000_000_000_000L + Long.parseLong(appId.substring(1), 36));
    }

    public static OAuthSettings settings(Tx tx) {
        return tx.get(SlackKinds.OAUTH, OAuthSettings.ID).orElseGet(() -> new OAuthSettings(
                clientId(tx.all(SlackKinds.TEAM).firstKey(), tx.get(SlackKinds.APP, AppConfig.ID).orElseThrow().appId()),
                List.of(), false));
    }

    /** Issues a bot or user token; with token rotation on, an expiring one and its refresh token. */
    public static Minted issue(Workspace ws, String type, String userId, String botId, List<String> scopes) {
        boolean rotating = settings(ws.tx()).tokenRotation();
        String access = token(type, rotating, ws.tokenRoute().orElseGet(() -> digits(12)));
        String refresh = rotating ? "xoxe-1-" + random(48) : null;
        long expiresAt = rotating ? ws.nowSeconds() + ROTATING_LIFETIME : 0;
        IssuedToken t = new IssuedToken(digest(access), type, userId, botId, scopes, expiresAt,
                refresh == null ? null : digest(refresh), false);
        ws.tx().put(SlackKinds.ISSUED_TOKENS, t.digest(), t);
        if (refresh != null) {
            ws.tx().put(SlackKinds.REFRESH_GRANTS, t.refreshDigest(),
                    new RefreshGrant(t.refreshDigest(), type, userId, botId, scopes, false));
        }
        return new Minted(access, refresh, rotating ? ROTATING_LIFETIME : 0, t);
    }

    /** Spends a refresh token: a new access token and refresh token; the old refresh token is used up. */
    public static Minted refresh(Workspace ws, String refreshToken) {
        RefreshGrant g = ws.tx().get(SlackKinds.REFRESH_GRANTS, digest(refreshToken))
                .filter(r -> !r.revoked() && !r.type().equals(ConfigTokens.TYPE)).orElseThrow(() -> new SlackError("invalid_refresh_token"));
        ws.tx().put(SlackKinds.REFRESH_GRANTS, g.digest(), g.revokedNow());
        return issue(ws, g.type(), g.userId(), g.botId(), g.scopes());
    }

    /** The issued token with this secret; token_expired once a rotating token's twelve hours are over. */
    public static Optional<Token> find(Tx tx, String secret, long now) {
        Optional<IssuedToken> t = tx.get(SlackKinds.ISSUED_TOKENS, digest(secret));
        if (t.isPresent() && !t.get().revoked() && t.get().expired(now)) {
            throw new SlackError("token_expired");
        }
        return t.map(IssuedToken::asToken);
    }

    public static Optional<IssuedToken> issued(Tx tx, String secret) {
        return tx.get(SlackKinds.ISSUED_TOKENS, digest(secret));
    }

    /** Revokes one token (seeded or issued) and tells the app. */
    public static void revoke(Workspace ws, Token token) {
        Optional<IssuedToken> issued = token.id().startsWith(IssuedToken.PREFIX)
                ? ws.tx().get(SlackKinds.ISSUED_TOKENS, token.id().substring(IssuedToken.PREFIX.length()))
                : Optional.empty();
        if (issued.isPresent()) {
            IssuedToken t = issued.get();
            ws.tx().put(SlackKinds.ISSUED_TOKENS, t.digest(), t.revokedNow());
            if (t.refreshDigest() != null) {
                ws.tx().get(SlackKinds.REFRESH_GRANTS, t.refreshDigest())
                        .ifPresent(g -> ws.tx().put(SlackKinds.REFRESH_GRANTS, g.digest(), g.revokedNow()));
            }
        } else {
            ws.tx().put(SlackKinds.TOKENS, token.id(), withRevoked(token));
        }
        tokensRevoked(ws, token.isBot() ? List.of() : List.of(token.userId()),
                token.isBot() ? List.of(token.userId()) : List.of());
    }

    /**
     * apps.uninstall: every token of the app in the workspace is revoked, its incoming webhooks stop, and the app
     * hears tokens_revoked and app_uninstalled (https://api.slack.com/events/app_uninstalled).
     */
    public static void uninstall(Workspace ws) {
        List<String> users = new ArrayList<>();
        List<String> bots = new ArrayList<>();
        for (Token t : ws.tx().all(SlackKinds.TOKENS).values()) {
            if (!t.revoked()) {
                ws.tx().put(SlackKinds.TOKENS, t.id(), withRevoked(t));
                (t.isBot() ? bots : users).add(t.userId());
            }
        }
        for (IssuedToken t : ws.tx().all(SlackKinds.ISSUED_TOKENS).values()) {
            if (!t.revoked()) {
                ws.tx().put(SlackKinds.ISSUED_TOKENS, t.digest(), t.revokedNow());
                (t.isBot() ? bots : users).add(t.userId());
            }
        }
        ws.tx().all(SlackKinds.REFRESH_GRANTS).values()
                .forEach(g -> ws.tx().put(SlackKinds.REFRESH_GRANTS, g.digest(), g.revokedNow()));
        IncomingWebhooks.deactivateAll(ws.tx());
        tokensRevoked(ws, users.stream().distinct().toList(), bots.stream().distinct().toList());
        ws.emit("app_uninstalled", Json.object(), true);
    }

    private static void tokensRevoked(Workspace ws, List<String> users, List<String> bots) {
        ObjectNode event = Json.object();
        ObjectNode tokens = event.putObject("tokens");
        if (!users.isEmpty()) {
            users.forEach(tokens.putArray("oauth")::add);
        }
        if (!bots.isEmpty()) {
            bots.forEach(tokens.putArray("bot")::add);
        }
        ws.emit("tokens_revoked", event, true);
    }

    private static Token withRevoked(Token t) {
        return new Token(t.id(), t.type(), t.userId(), t.botId(), t.scopes(), true);
    }

    /** An authorization code: 32 random bytes; only its digest is stored. */
    public static String newCode() {
        return random(32);
    }

    /** The routing number an issued token carries, if it has Slack's shape. */
    public static Optional<String> routeOf(String token) {
        Matcher m = ROUTED.matcher(token);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String token(String type, boolean rotating, String route) {
        String body = type.equals("bot")
                ? "xoxb-" + route + "-" + digits(13) + "-" + random(18)
                : "xoxp-" + route + "-" + digits(12) + "-" + digits(13) + "-" + random(24);
        return rotating ? "xoxe." + body.replaceFirst("-", "-1-") : body;
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return b.toString();
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b).replace('-', 'x').replace('_', 'y');
    }

    public static String digest(String secret) {
        return dev.dtu.server.oauth.OAuthDigests.storageKey(secret);
    }
}
