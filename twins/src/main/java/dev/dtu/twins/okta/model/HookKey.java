package dev.dtu.twins.okta.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A key for hooks: its id, the alias of its public key ({@code keyId}), its name and the public JWK. */
public record HookKey(String id, String keyId, String name, Instant created, Instant lastUpdated,
        Map<String, Object> publicJwk) {

    public HookKey {
        publicJwk = Collections.unmodifiableMap(new LinkedHashMap<>(publicJwk));
    }

    public HookKey renamed(String newName, Instant now) {
        return new HookKey(id, keyId, newName, created, now, publicJwk);
    }
}
