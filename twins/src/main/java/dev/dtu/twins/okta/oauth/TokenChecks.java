package dev.dtu.twins.okta.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.dtu.server.state.State;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.Apps;
import dev.dtu.twins.okta.model.UserStatus;
import dev.dtu.twins.okta.model.Users;
import java.text.ParseException;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a token the twin issued is still good: signed by a published key of the universe, from this
 * server, unexpired, not revoked, its client active, and its user ACTIVE (deactivating or suspending a user
 * makes the user's tokens inactive).
 */
public final class TokenChecks {
    private TokenChecks() {
    }

    /** The claims of an active JWT (access or ID token) of {@code server}. */
    public static Optional<JWTClaimsSet> activeJwt(State state, AuthServer server, String token, Instant now) {
        return verified(state, token).filter(claims -> active(state, server, claims, now));
    }

    /**
     * An ID token offered as {@code id_token_hint}: signed by the universe and issued by this server; an
     * expired one is still accepted (Okta signs the user out with it).
     */
    public static Optional<JWTClaimsSet> idTokenForLogout(State state, AuthServer server, String token) {
        return verified(state, token)
                .filter(claims -> server.issuer().equals(claims.getIssuer()) && !claims.getAudience().isEmpty());
    }

    private static Optional<JWTClaimsSet> verified(State state, String token) {
        if (token == null || token.chars().filter(c -> c == '.').count() != 2) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            Optional<RSAKey> key = SigningKeys.byKid(state, jwt.getHeader().getKeyID());
            if (key.isEmpty() || !jwt.verify(new RSASSAVerifier(key.get()))) {
                return Optional.empty();
            }
            return Optional.of(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    public static Optional<RefreshToken> activeRefreshToken(State state, AuthServer server, String token, Instant now) {
        return Optional.ofNullable(token).flatMap(t -> state.get(OAuthKinds.REFRESH_TOKENS, RefreshToken.key(t)))
                .filter(t -> t.server().equals(server.id()) && now.isBefore(t.expiresAt()))
                .filter(t -> userActive(state, t.userId()) && clientActive(state, t.clientId()));
    }

    private static boolean active(State state, AuthServer server, JWTClaimsSet claims, Instant now) {
        try {
            return claims.getJWTID() != null && unexpiredAndLive(state, server, claims, now);
        } catch (ParseException e) {
            return false;
        }
    }

    private static boolean unexpiredAndLive(State state, AuthServer server, JWTClaimsSet claims, Instant now)
            throws ParseException {
        boolean fresh = claims.getExpirationTime() != null && now.isBefore(claims.getExpirationTime().toInstant());
        boolean revoked = state.get(OAuthKinds.REVOKED, claims.getJWTID()).isPresent();
        String clientId = claims.getStringClaim("cid") != null ? claims.getStringClaim("cid")
                : claims.getAudience().stream().findFirst().orElse("");
        String userId = claims.getStringClaim("uid") != null ? claims.getStringClaim("uid")
                : claims.getJWTID().startsWith("ID.") ? claims.getSubject() : null;
        return fresh && !revoked && server.issuer().equals(claims.getIssuer()) && clientActive(state, clientId)
                && (userId == null || userActive(state, userId));
    }

    private static boolean userActive(State state, String userId) {
        return state.get(Users.USERS, userId).filter(u -> u.status() == UserStatus.ACTIVE).isPresent();
    }

    private static boolean clientActive(State state, String clientId) {
        return Apps.byClientId(state, clientId).filter(a -> Application.ACTIVE.equals(a.status())).isPresent();
    }
}
