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

    /** The org server's current key, made now if the universe has none yet. */
    public static RSAKey current(TwinCall call) {
        return current(call, AuthServer.ORG);
    }

    /** The current key of a server ({@code org} or a custom server's id), made now if it has none yet. */
    public static RSAKey current(TwinCall call, String owner) {
        java.util.Optional<SigningKey> newest = owned(call.state().all(KEYS), owner).findFirst();
        if (newest.isPresent()) {
            return parse(newest.get());
        }
        SigningKey fresh = generate(call.now());
        return parse(call.write(tx -> owned(tx.all(KEYS), owner).findFirst().orElseGet(() -> add(tx, owner, fresh))));
    }

    /** The org server's published keys, newest first (public parts only). */
    public static JWKSet jwks(TwinCall call) {
        return jwks(call, AuthServer.ORG);
    }

    /** A server's published keys, newest first (public parts only). */
    public static JWKSet jwks(TwinCall call, String owner) {
        current(call, owner);
        return new JWKSet(List.copyOf(published(call.state(), owner).stream().map(k -> parse(k).toPublicJWK()).toList()));
    }

    /** A server's published keys, newest (the signing one) first. */
    public static List<SigningKey> published(State state, String owner) {
        return owned(state.all(KEYS), owner).limit(PUBLISHED).toList();
    }

    /** The key with this kid among the published ones of any server. */
    public static java.util.Optional<RSAKey> byKid(State state, String kid) {
        return state.all(KEYS).entrySet().stream().filter(e -> e.getValue().kid().equals(kid))
                .filter(e -> published(state, owner(e.getKey())).contains(e.getValue()))
                .findFirst().map(e -> parse(e.getValue()));
    }

    /** Makes a new current key for the org server; the previous one stays published. */
    public static SigningKey rotate(TwinCall call) {
        return rotate(call, AuthServer.ORG);
    }

    /** Makes a new current key for a server; the previous one stays published (Okta's EXPIRED key). */
    public static SigningKey rotate(TwinCall call, String owner) {
        SigningKey fresh = generate(call.now());
        return call.write(tx -> add(tx, owner, fresh));
    }

    /** The org server's keys are stored under a bare counter, a custom server's under {@code {id}:{counter}}. */
    private static SigningKey add(Tx tx, String owner, SigningKey key) {
        String seq = String.format("%010d", tx.next("okta.signingKey"));
        return tx.put(KEYS, AuthServer.ORG.equals(owner) ? seq : owner + ":" + seq, key);
    }

    private static String owner(String storedKey) {
        int colon = storedKey.lastIndexOf(':');
        return colon < 0 ? AuthServer.ORG : storedKey.substring(0, colon);
    }

    private static java.util.stream.Stream<SigningKey> owned(java.util.NavigableMap<String, SigningKey> keys,
            String owner) {
        return keys.descendingMap().entrySet().stream().filter(e -> owner(e.getKey()).equals(owner))
                .map(Map.Entry::getValue);
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
