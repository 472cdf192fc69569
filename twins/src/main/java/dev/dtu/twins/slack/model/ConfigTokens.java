package dev.dtu.twins.slack.model;

import dev.dtu.server.twin.CredentialSpec;
import dev.dtu.twins.slack.errors.SlackError;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * App configuration tokens, for the App Manifest API (https://docs.slack.dev/app-manifests/configuring-apps-with-app-manifests#config-tokens):
 * an access token ({@code xoxe.xoxp-1-…}) that lasts 12 hours and a refresh token ({@code xoxe-1-…}) that
 * tooling.tokens.rotate spends for a new pair. A universe mints its first pair (described as configToken and
 * configRefreshToken) for the person of its first user token.
 */
public final class ConfigTokens {
    /** The universe's credential names of its first pair. */
    public static final String ACCESS = "config_token";
    public static final String REFRESH = "config_refresh_token";
    public static final String TYPE = "config";
    /** "Each token is valid for 12 hours." */
    public static final long LIFETIME = 12 * 3600;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConfigTokens() {}

    public static String access(SecureRandom r) {
        return "xoxe.xoxp-1-" + CredentialSpec.alnum(r, 140);
    }

    public static String refresh(SecureRandom r) {
        return "xoxe-1-" + CredentialSpec.alnum(r, 140);
    }

    /** Whose configuration tokens the universe's are: the person of its first user token. */
    public static Optional<String> owner(dev.dtu.server.state.Tx tx) {
        return tx.all(SlackKinds.TOKENS).values().stream().filter(t -> t.type().equals("user")).findFirst()
                .map(Token::userId);
    }

    /** The universe's first access token, as a caller's token record. */
    public static Optional<Token> minted(dev.dtu.server.state.Tx tx) {
        return owner(tx).map(u -> new Token(ACCESS, TYPE, u, null, List.of(), false));
    }

    public record Pair(String token, String refreshToken, String userId, long issuedAt, long expiresAt) {}

    /**
     * Spends a refresh token (the universe's minted one, once, or one an earlier rotation gave): a new pair, the old
     * refresh token used up; anything else is invalid_refresh_token.
     */
    public static Pair rotate(Workspace ws, String refreshToken, String mintedRefresh) {
        String digest = Installs.digest(refreshToken);
        Optional<RefreshGrant> grant = ws.tx().get(SlackKinds.REFRESH_GRANTS, digest)
                .filter(g -> g.type().equals(TYPE));
        String user;
        if (grant.isPresent()) {
            if (grant.get().revoked()) {
                throw new SlackError("invalid_refresh_token");
            }
            user = grant.get().userId();
        } else if (refreshToken.equals(mintedRefresh)) {
            user = owner(ws.tx()).orElseThrow(() -> new SlackError("invalid_refresh_token"));
        } else {
            throw new SlackError("invalid_refresh_token");
        }
        ws.tx().put(SlackKinds.REFRESH_GRANTS, digest, new RefreshGrant(digest, TYPE, user, null, List.of(), true));
        String access = ws.tokenRoute().map(route -> "xoxe.xoxp-1-" + route + "-" + CredentialSpec.alnum(RANDOM, 127))
                .orElseGet(() -> access(RANDOM));
        String refresh = refresh(RANDOM);
        long now = ws.nowSeconds();
        IssuedToken t = new IssuedToken(Installs.digest(access), TYPE, user, null, List.of(), now + LIFETIME,
                Installs.digest(refresh), false);
        ws.tx().put(SlackKinds.ISSUED_TOKENS, t.digest(), t);
        ws.tx().put(SlackKinds.REFRESH_GRANTS, t.refreshDigest(),
                new RefreshGrant(t.refreshDigest(), TYPE, user, null, List.of(), false));
        return new Pair(access, refresh, user, now, now + LIFETIME);
    }
}
