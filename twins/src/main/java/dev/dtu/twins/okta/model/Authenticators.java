package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The org's authenticators. An Identity Engine org comes with a fixed set (email, password, phone, Okta Verify,
 * security question, security key, Google Authenticator) that can be activated, deactivated and renamed, not
 * created from nothing here; the ids are fixed per universe. Which are active at first follows a new Okta org
 * (email, password and Okta Verify): the twin's reading of Okta's "Authenticators" admin guide.
 */
public final class Authenticators {
    public static final Kind<Authenticator> AUTHENTICATORS = Kind.of("okta", "authenticators", Authenticator.class);
    private static final Instant ORG_CREATED = Instant.parse("2024-01-01T00:00:00Z");
    private static final List<Authenticator> DEFAULTS = List.of(
            of(1, "okta_email", "email", "Email", "ACTIVE", Map.of("allowedFor", "recovery",
                    "tokenLifetimeInMinutes", 5)),
            of(2, "okta_password", "password", "Password", "ACTIVE", Map.of("allowedFor", "sso")),
            of(3, "phone_number", "phone", "Phone", "INACTIVE", Map.of("allowedFor", "none")),
            of(4, "okta_verify", "app", "Okta Verify", "ACTIVE", Map.of("allowedFor", "any")),
            of(5, "security_question", "security_question", "Security Question", "INACTIVE",
                    Map.of("allowedFor", "recovery")),
            of(6, "webauthn", "security_key", "Security Key or Biometric", "INACTIVE", Map.of("allowedFor", "any")),
            of(7, "google_otp", "app", "Google Authenticator", "INACTIVE", Map.of("allowedFor", "any")));

    private Authenticators() {
    }

    private static Authenticator of(int n, String key, String type, String name, String status,
            Map<String, Object> settings) {
        return new Authenticator("autdtu0000000000000" + n, key, type, name, status, ORG_CREATED, ORG_CREATED, settings);
    }

    /** The type of the authenticator each key of Okta's {@code AuthenticatorKeyEnum} creates. */
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("custom_app", "app"),
            Map.entry("duo", "app"), Map.entry("external_idp", "federated"), Map.entry("google_otp", "app"),
            Map.entry("okta_email", "email"), Map.entry("okta_password", "password"), Map.entry("okta_verify", "app"),
            Map.entry("onprem_mfa", "security_key"), Map.entry("phone_number", "phone"),
            Map.entry("security_key", "security_key"), Map.entry("security_question", "security_question"),
            Map.entry("smart_card_idp", "federated"), Map.entry("symantec_vip", "app"),
            Map.entry("webauthn", "security_key"), Map.entry("yubikey_token", "security_key"), Map.entry("tac", "tac"));

    /** Every authenticator: the stored ones over the defaults, then those created. */
    public static List<Authenticator> all(State state) {
        List<Authenticator> out = new ArrayList<>();
        DEFAULTS.forEach(d -> out.add(state.get(AUTHENTICATORS, d.id()).orElse(d)));
        state.all(AUTHENTICATORS).values().stream().filter(a -> !isDefault(a.id())).forEach(out::add);
        return out;
    }

    private static boolean isDefault(String id) {
        return DEFAULTS.stream().anyMatch(d -> d.id().equals(id));
    }

    /**
     * createAuthenticator: a key of Okta's enum the org does not have yet (an org holds one authenticator per key;
     * a second one answers E0000001 — the twin's reading, Okta's docs do not say).
     */
    public static Authenticator create(Tx tx, String key, String name, Map<String, Object> settings, boolean activate,
            Instant now) {
        if (key == null || key.isBlank()) {
            throw OktaErrors.apiValidationFailed("authenticator", List.of("key: The field cannot be left blank"));
        }
        if (!TYPES.containsKey(key)) {
            throw OktaErrors.apiValidationFailed("authenticator", List.of("key: '" + key
                    + "' is not a valid authenticator key"));
        }
        if (name == null || name.isBlank()) {
            throw OktaErrors.apiValidationFailed("authenticator", List.of("name: The field cannot be left blank"));
        }
        if (all(tx.state()).stream().anyMatch(a -> a.key().equals(key))) {
            throw OktaErrors.apiValidationFailed("authenticator", List.of("key: An authenticator with key '" + key
                    + "' already exists in this organization"));
        }
        String id = OktaIds.next(tx, "aut");
        while (isDefault(id)) {
            id = OktaIds.next(tx, "aut");
        }
        Authenticator a = new Authenticator(id, key, TYPES.get(key), name,
                activate ? "ACTIVE" : "INACTIVE", now, now, settings);
        return tx.put(AUTHENTICATORS, a.id(), a);
    }

    public static Authenticator require(State state, String id) {
        return all(state).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> OktaErrors.notFound(id, "Authenticator"));
    }

    public static Authenticator setStatus(Tx tx, String id, String status, Instant now) {
        Authenticator a = require(tx.state(), id);
        if (a.key().equals("okta_password") && status.equals("INACTIVE")) {
            throw OktaErrors.apiValidationFailed("authenticator",
                    List.of("The Password authenticator cannot be deactivated."));
        }
        return tx.put(AUTHENTICATORS, id, a.status().equals(status) ? a : a.withStatus(status, now));
    }

    public static Authenticator replace(Tx tx, String id, String name, Map<String, Object> settings, Instant now) {
        Authenticator a = require(tx.state(), id);
        if (name == null || name.isBlank()) {
            throw OktaErrors.apiValidationFailed("authenticator", List.of("name: The field cannot be left blank"));
        }
        return tx.put(AUTHENTICATORS, id, a.replaced(name, settings.isEmpty() ? a.settings() : settings, now));
    }
}
