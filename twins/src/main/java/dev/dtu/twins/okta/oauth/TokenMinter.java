package dev.dtu.twins.okta.oauth;

import dev.dtu.twins.okta.model.Secrets;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.okta.model.Audit;
import dev.dtu.twins.okta.model.Group;
import dev.dtu.twins.okta.model.Groups;
import dev.dtu.twins.okta.model.LogActor;
import dev.dtu.twins.okta.model.Org;
import dev.dtu.twins.okta.model.SystemLog;
import dev.dtu.twins.okta.model.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Mints the tokens of a grant: RS256 JWTs with Okta's claims (and a custom server's own claims), living as long
 * as the grant's access policy rule says, and a stored refresh token when asked for. ID tokens live an hour.
 */
public final class TokenMinter {
    public static final Duration ACCESS_TOKEN_LIFETIME = AccessPolicies.Lifetimes.ORG.accessToken();
    static final Duration ID_TOKEN_LIFETIME = Duration.ofHours(1);

    /** The token endpoint's answer, before formatting. */
    public record Minted(String accessToken, String idToken, String refreshToken, List<String> scopes,
            long expiresIn) {
    }

    private TokenMinter() {
    }

    public static Minted mint(Tx tx, Audit audit, RSAKey key, Grant grant) {
        Instant now = audit.now();
        String accessToken = sign(key, accessClaims(tx, grant, now));
        String idToken = grant.user() != null && grant.has("openid")
                ? sign(key, idClaims(tx, grant, now, accessToken)) : null;
        String refreshToken = null;
        if (grant.user() != null && grant.has("offline_access") && grant.app().allowsGrant("refresh_token")) {
            refreshToken = Secrets.random(32);
            String digest = RefreshToken.key(refreshToken);
            tx.put(OAuthKinds.REFRESH_TOKENS, digest, new RefreshToken(digest, grant.server().id(),
                    grant.app().clientId(), grant.user().id(), grant.scopes(), grant.authTime(), now,
                    now.plus(grant.lifetimes().refreshToken())));
        }
        logGrant(tx, audit, grant, idToken != null, refreshToken != null);
        return new Minted(accessToken, idToken, refreshToken, grant.scopes(), grant.lifetimes().accessToken().toSeconds());
    }

    /** Event types are {@code app.oauth2.as.*} for custom authorization servers, {@code app.oauth2.*} for the org's. */
    public static String eventPrefix(AuthServer server) {
        return server.custom() ? "app.oauth2.as." : "app.oauth2.";
    }

    private static JWTClaimsSet accessClaims(Tx tx, Grant grant, Instant now) {
        JWTClaimsSet.Builder claims = common(grant, now, grant.lifetimes().accessToken()).jwtID("AT." + Secrets.random(24))
                .audience(grant.server().audience())
                .claim("cid", grant.app().clientId())
                .claim("scp", grant.scopes());
        if (grant.user() == null) {
            claims.subject(grant.app().clientId());
            CustomClaims.add(tx.state(), grant, "RESOURCE", claims);
            return claims.build();
        }
        claims.subject(grant.user().login()).claim("uid", grant.user().id())
                .claim("auth_time", grant.authTime().getEpochSecond());
        groupsClaim(tx, grant).ifPresent(name -> claims.claim(name, groupNames(tx, grant.user())));
        CustomClaims.add(tx.state(), grant, "RESOURCE", claims);
        return claims.build();
    }

    private static JWTClaimsSet idClaims(Tx tx, Grant grant, Instant now, String accessToken) {
        User user = grant.user();
        JWTClaimsSet.Builder claims = common(grant, now, ID_TOKEN_LIFETIME).jwtID("ID." + Secrets.random(24))
                .subject(user.id())
                .audience(grant.app().clientId())
                .claim("amr", List.of("pwd"))
                .claim("idp", Org.IDP_ID)
                .claim("auth_time", grant.authTime().getEpochSecond())
                .claim("at_hash", atHash(accessToken));
        if (grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        if (grant.has("profile")) {
            claims.claim("name", user.displayName()).claim("preferred_username", user.login());
        }
        if (grant.has("email")) {
            claims.claim("email", user.text("email"));
        }
        groupsClaim(tx, grant).ifPresent(name -> claims.claim(name, groupNames(tx, user)));
        CustomClaims.add(tx.state(), grant, "IDENTITY", claims);
        return claims.build();
    }

    private static JWTClaimsSet.Builder common(Grant grant, Instant now, Duration lifetime) {
        return new JWTClaimsSet.Builder().claim("ver", 1).issuer(grant.server().issuer())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime)));
    }

    /** The default server adds the seed's groups claim; the org server adds {@code groups} for the groups scope. */
    private static java.util.Optional<String> groupsClaim(Tx tx, Grant grant) {
        if (grant.server().custom()) {
            if (!AuthServer.DEFAULT.equals(grant.server().id())) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.ofNullable(Org.of(tx.state()).groupsClaim());
        }
        return grant.has("groups") ? java.util.Optional.of("groups") : java.util.Optional.empty();
    }

    private static List<String> groupNames(Tx tx, User user) {
        return Groups.groupsOf(tx.state(), user.id()).stream().map(Group::name).toList();
    }

    /** Okta's headers carry {@code kid} and {@code alg} only. */
    private static String sign(RSAKey key, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /** OIDC Core 3.1.3.6: the left half of the SHA-256 of the access token, base64url. */
    private static String atHash(String accessToken) {
        return dev.dtu.server.oauth.OAuthDigests.atHash(accessToken);
    }

    private static void logGrant(Tx tx, Audit audit, Grant grant, boolean idToken, boolean refreshToken) {
        SystemLog log = new SystemLog(tx, audit);
        LogActor actor = grant.user() != null ? LogActor.of(grant.user())
                : LogActor.client(grant.app().clientId(), grant.app().label());
        String prefix = eventPrefix(grant.server()) + "token.grant.";
        log.by(actor, prefix + "access_token", "OAuth2 access token is granted", LogActor.of(grant.app()));
        if (idToken) {
            log.by(actor, prefix + "id_token", "OAuth2 id token is granted", LogActor.of(grant.app()));
        }
        if (refreshToken) {
            log.by(actor, prefix + "refresh_token", "OAuth2 refresh token is granted", LogActor.of(grant.app()));
        }
    }
}
