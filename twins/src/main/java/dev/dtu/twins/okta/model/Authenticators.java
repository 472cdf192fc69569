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

    /** Every authenticator: the stored ones over the defaults. */
    public static List<Authenticator> all(State state) {
        List<Authenticator> out = new ArrayList<>();
        DEFAULTS.forEach(d -> out.add(state.get(AUTHENTICATORS, d.id()).orElse(d)));
        return out;
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
