package dev.dtu.twins.okta.model;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keys for hooks (https://developer.okta.com/docs/api/openapi/okta-management/management/tag/HookKey/): Okta
 * makes an RSA key pair and publishes its public part under {@code keyId}. The twin keeps only the public part:
 * it calls no inline hook with a signed client assertion yet. Names are unique, since inline hooks name the key.
 */
public final class HookKeys {
    public static final Kind<HookKey> KEYS = Kind.of("okta", "hookKeys", HookKey.class);

    private HookKeys() {
    }

    /** A fresh public JWK (RS256, use sig, a UUID as kid), made outside a transaction: a 2048-bit key takes a while. */
    public static Map<String, Object> newPublicJwk() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            return key.toPublicJWK().toJSONObject();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<HookKey> all(State state) {
        return new ArrayList<>(state.all(KEYS).values());
    }

    public static HookKey require(State state, String id) {
        return state.get(KEYS, id).orElseThrow(() -> OktaErrors.notFound(id, "HookKey"));
    }

    public static Map<String, Object> publicKey(State state, String keyId) {
        return state.all(KEYS).values().stream().filter(k -> k.keyId().equals(keyId)).findFirst()
                .orElseThrow(() -> OktaErrors.notFound(keyId, "PublicKey")).publicJwk();
    }

    public static HookKey create(Tx tx, String name, Map<String, Object> jwk, Instant now) {
        checkName(tx.state(), name, null);
        HookKey key = new HookKey(OktaIds.next(tx, "hky"), (String) jwk.get("kid"), name, now, now, jwk);
        return tx.put(KEYS, key.id(), key);
    }

    public static HookKey rename(Tx tx, String id, String name, Instant now) {
        HookKey key = require(tx.state(), id);
        checkName(tx.state(), name, id);
        return tx.put(KEYS, id, key.renamed(name, now));
    }

    public static void delete(Tx tx, String id) {
        tx.remove(KEYS, require(tx.state(), id).id());
    }

    /** KeyRequest.name: "Display name of the key", 1 to 255 characters. */
    private static void checkName(State state, String name, String self) {
        if (name == null || name.isBlank()) {
            throw OktaErrors.apiValidationFailed("name", List.of("name: The field cannot be left blank"));
        }
        if (name.length() > 255) {
            throw OktaErrors.apiValidationFailed("name", List.of("name: The field cannot exceed 255 characters"));
        }
        if (state.all(KEYS).values().stream().anyMatch(k -> k.name().equalsIgnoreCase(name) && !k.id().equals(self))) {
            throw OktaErrors.apiValidationFailed("name",
                    List.of("name: An object with this field already exists in the current organization"));
        }
    }
}
