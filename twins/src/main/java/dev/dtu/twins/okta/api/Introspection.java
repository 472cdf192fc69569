package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.dtu.server.state.State;
import dev.dtu.twins.okta.model.Users;
import dev.dtu.twins.okta.oauth.AuthServer;
import dev.dtu.twins.okta.oauth.RefreshToken;
import java.text.ParseException;
import java.util.List;

/** The body of an active token's introspection, in Okta's fields. */
final class Introspection {
    private Introspection() {
    }

    static void jwt(ObjectNode body, JWTClaimsSet claims) {
        body.put("active", true);
        Object scp = claims.getClaim("scp");
        if (scp instanceof List<?> scopes) {
            body.put("scope", String.join(" ", scopes.stream().map(Object::toString).toList()));
        }
        if (claims.getClaim("uid") != null) {
            body.put("username", claims.getSubject());
        }
        body.put("exp", claims.getExpirationTime().getTime() / 1000);
        body.put("iat", claims.getIssueTime().getTime() / 1000);
        body.put("sub", claims.getSubject());
        body.put("aud", claims.getAudience().get(0));
        body.put("iss", claims.getIssuer());
        body.put("jti", claims.getJWTID());
        body.put("token_type", claims.getJWTID().startsWith("ID.") ? "id_token" : "Bearer");
        try {
            String cid = claims.getStringClaim("cid");
            body.put("client_id", cid != null ? cid : claims.getAudience().get(0));
            if (claims.getStringClaim("uid") != null) {
                body.put("uid", claims.getStringClaim("uid"));
            }
        } catch (ParseException e) {
            throw new IllegalStateException("the twin's own claims", e);
        }
    }

    static void refresh(ObjectNode body, RefreshToken token, State state, AuthServer server) {
        body.put("active", true);
        body.put("scope", String.join(" ", token.scopes()));
        state.get(Users.USERS, token.userId()).ifPresent(u -> body.put("username", u.login()).put("sub", u.login()));
        body.put("exp", token.expiresAt().getEpochSecond());
        body.put("iat", token.issuedAt().getEpochSecond());
        body.put("aud", server.audience());
        body.put("iss", server.issuer());
        body.put("token_type", "refresh_token");
        body.put("client_id", token.clientId());
        body.put("uid", token.userId());
    }
}
