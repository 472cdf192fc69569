package dev.dtu.twins.okta.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.TwinCall;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The universe's signing keys. A key is made on first use (a 2048-bit RSA key takes tens of milliseconds,
 * too slow to make for every universe up front); a fork shares its parent's keys, as it shares its state.
 * Keys are keyed by a zero-padded counter so the last one is the current key.
 */
public final class SigningKeys {
    public static final Kind<SigningKey> KEYS = Kind.of("okta", "signingKeys", SigningKey.class);
    private static final int PUBLISHED = 2;
    private static final Map<String, RSAKey> PARSED = new ConcurrentHashMap<>();

    private SigningKeys() {
    }

    /** The current key, made now if the universe has none yet. */
    public static RSAKey current(TwinCall call) {
        State state = call.state();
        if (!state.all(KEYS).isEmpty()) {
            return parse(state.all(KEYS).lastEntry().getValue());
        }
        SigningKey fresh = generate(call.now());
        return parse(call.write(tx -> tx.all(KEYS).isEmpty() ? add(tx, fresh) : tx.all(KEYS).lastEntry().getValue()));
    }

    /** The published keys, newest first (public parts only). */
    public static JWKSet jwks(TwinCall call) {
        current(call);
        List<RSAKey> keys = call.state().all(KEYS).descendingMap().values().stream().limit(PUBLISHED)
                .map(k -> parse(k).toPublicJWK()).toList();
        return new JWKSet(List.copyOf(keys));
    }

    /** The key with this kid among the published ones. */
    public static java.util.Optional<RSAKey> byKid(State state, String kid) {
        return state.all(KEYS).descendingMap().values().stream().limit(PUBLISHED)
                .filter(k -> k.kid().equals(kid)).findFirst().map(SigningKeys::parse);
    }

    /** Makes a new current key; the previous one stays published. */
    public static SigningKey rotate(TwinCall call) {
        SigningKey fresh = generate(call.now());
        return call.write(tx -> add(tx, fresh));
    }

    private static SigningKey add(Tx tx, SigningKey key) {
        String seq = String.format("%010d", tx.next("okta.signingKey"));
        return tx.put(KEYS, seq, key);
    }

    private static SigningKey generate(Instant now) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
            return new SigningKey(key.getKeyID(), key.toJSONString(), now);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private static RSAKey parse(SigningKey key) {
        if (PARSED.size() > 4096) {
            PARSED.clear();
        }
        return PARSED.computeIfAbsent(key.kid(), kid -> {
            try {
                return RSAKey.parse(key.privateJwk());
            } catch (ParseException e) {
                throw new IllegalStateException("stored key " + kid + " is not a JWK", e);
            }
        });
    }
}
