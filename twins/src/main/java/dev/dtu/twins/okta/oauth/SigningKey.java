package dev.dtu.twins.okta.oauth;

import com.nimbusds.jose.jwk.RSAKey;
import dev.dtu.server.state.Confidential;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RS256 key of the universe, kept as a private JWK (JSON) so it survives durable storage. The newest
 * key signs; the previous one stays published in the JWKS after a rotation so tokens it signed still verify.
 * The state dump shows its public half only.
 */
public record SigningKey(String kid, String privateJwk, Instant created) implements Confidential {
    @Override
    public Object shown() {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("kid", kid);
        try {
            shown.put("publicJwk", RSAKey.parse(privateJwk).toPublicJWK().toJSONObject());
        } catch (ParseException e) {
            shown.put("publicJwk", null);
        }
        shown.put("created", created);
        return shown;
    }
}
