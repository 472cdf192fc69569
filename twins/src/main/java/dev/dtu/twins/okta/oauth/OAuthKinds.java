package dev.dtu.twins.okta.oauth;

import dev.dtu.server.state.Kind;
import dev.dtu.twins.okta.model.AuthorizationServers;
import java.util.List;

/** The OAuth state kinds of the Okta twin. */
public final class OAuthKinds {
    public static final Kind<AuthorizationCode> CODES = Kind.of("okta", "authorizationCodes", AuthorizationCode.class);
    public static final Kind<RefreshToken> REFRESH_TOKENS = Kind.of("okta", "refreshTokens", RefreshToken.class);
    public static final Kind<RevokedToken> REVOKED = Kind.of("okta", "revokedTokens", RevokedToken.class);

    private OAuthKinds() {
    }

    public static List<Kind<?>> all() {
        return List.of(CODES, REFRESH_TOKENS, REVOKED, SigningKeys.KEYS, ClientKeys.JWKS, AuthorizationServers.TRUSTED);
    }
}
