package dev.dtu.twins.slack.model;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.dtu.server.state.Confidential;
import dev.dtu.server.state.Tx;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The universe's RS256 key for Sign in with Slack's id_tokens, made on first use and kept as a private JWK; the
 * state dump shows its public half only.
 */
public record OpenIdKey(String kid, String privateJwk) implements Confidential {
    public static final String ID = "current";

    /** The key, made now if the universe has none yet. */
    public static RSAKey current(Tx tx) {
        OpenIdKey key = tx.get(SlackKinds.OPENID_KEYS, ID).orElseGet(() -> tx.put(SlackKinds.OPENID_KEYS, ID, generate()));
        return key.parsed();
    }

    /** The public key, if one was made. */
    public static java.util.Optional<RSAKey> published(dev.dtu.server.state.State state) {
        return state.get(SlackKinds.OPENID_KEYS, ID).map(k -> k.parsed().toPublicJWK());
    }

    private static OpenIdKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
            return new OpenIdKey(key.getKeyID(), key.toJSONString());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private RSAKey parsed() {
        try {
            return RSAKey.parse(privateJwk);
        } catch (ParseException e) {
            throw new IllegalStateException("stored key " + kid + " is not a JWK", e);
        }
    }

    @Override
    public Object shown() {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("kid", kid);
        shown.put("publicJwk", parsed().toPublicJWK().toJSONObject());
        return shown;
    }
}
