package dev.dtu.twins.okta.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.dtu.server.state.State;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.Apps;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * {@code private_key_jwt} client authentication (RFC 7523 section 2.2, Okta "Build a JWT for client
 * authentication"): a JWT whose {@code iss} and {@code sub} are the client id, whose {@code aud} is the token
 * endpoint's full URL, unexpired, signed with a key of the JWKS the app registered.
 */
public final class ClientAssertion {
    public static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    static final String INVALID = "The client_assertion token is invalid.";

    private ClientAssertion() {
    }

    /** The app the assertion authenticates, or invalid_client. */
    public static Application authenticate(State state, String type, String assertion, String clientId,
            String endpoint, Instant now) {
        if (!TYPE.equals(type)) {
            throw OAuthException.invalidClient("The client_assertion_type is invalid.");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(assertion);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw OAuthException.invalidClient(INVALID);
        }
        String issuer = claims.getIssuer();
        if (issuer == null || !issuer.equals(claims.getSubject()) || (clientId != null && !clientId.equals(issuer))) {
            throw OAuthException.invalidClient(INVALID);
        }
        Application app = Apps.byClientId(state, issuer).filter(a -> Application.ACTIVE.equals(a.status()))
                .orElseThrow(() -> OAuthException.invalidClient("Invalid value for 'client_id' parameter."));
        JWKSet keys = ClientKeys.of(state, app.id()).orElseThrow(() -> OAuthException.invalidClient(
                "The client_assertion token is invalid because the client does not have a JWKS."));
        Date exp = claims.getExpirationTime();
        List<String> audience = claims.getAudience();
        if (exp == null || !now.isBefore(exp.toInstant()) || audience == null || !audience.contains(endpoint)) {
            throw OAuthException.invalidClient(INVALID);
        }
        if (!signedByOneOf(jwt, keys)) {
            throw OAuthException.invalidClient("The client_assertion signature is invalid.");
        }
        return app;
    }

    private static boolean signedByOneOf(SignedJWT jwt, JWKSet keys) {
        String kid = jwt.getHeader().getKeyID();
        for (JWK key : keys.getKeys()) {
            if (kid != null && key.getKeyID() != null && !kid.equals(key.getKeyID())) {
                continue;
            }
            try {
                JWSVerifier verifier = key instanceof RSAKey rsa ? new RSASSAVerifier(rsa)
                        : key instanceof ECKey ec ? new ECDSAVerifier(ec) : null;
                if (verifier != null && jwt.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException | IllegalArgumentException e) {
                // a key of another algorithm: try the next
            }
        }
        return false;
    }
}
