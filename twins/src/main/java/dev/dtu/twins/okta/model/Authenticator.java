package dev.dtu.twins.okta.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An Identity Engine authenticator of the org ({@code key}, {@code type}, {@code name}, {@code status}, settings). */
public record Authenticator(String id, String key, String type, String name, String status, Instant created,
        Instant lastUpdated, Map<String, Object> settings) {

    public Authenticator {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings == null ? Map.of() : settings));
    }

    public Authenticator withStatus(String newStatus, Instant now) {
        return new Authenticator(id, key, type, name, newStatus, created, now, settings);
    }

    public Authenticator replaced(String newName, Map<String, Object> newSettings, Instant now) {
        return new Authenticator(id, key, type, newName, status, created, now, newSettings);
    }
}
