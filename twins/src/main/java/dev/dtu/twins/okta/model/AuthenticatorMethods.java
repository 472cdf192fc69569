package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The methods of each authenticator, as Okta's Authenticators API lists them
 * (https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Authenticator/#tag/Authenticator/operation/listAuthenticatorMethods):
 * which methods an authenticator has is fixed by its key; their status and settings are stored once changed.
 * Which methods start active follows a new org (phone: SMS on, voice off); the settings are the documented examples'.
 */
public final class AuthenticatorMethods {
    public static final Kind<AuthenticatorMethod> METHODS = Kind.of("okta", "authenticatorMethods",
            AuthenticatorMethod.class);
    private static final Map<String, List<Default>> BY_KEY = Map.of(
            "okta_email", List.of(new Default("email", "ACTIVE", Map.of())),
            "okta_password", List.of(new Default("password", "ACTIVE", Map.of())),
            "phone_number", List.of(new Default("sms", "ACTIVE", Map.of()), new Default("voice", "INACTIVE", Map.of())),
            "okta_verify", List.of(
                    new Default("push", "ACTIVE", Map.of("algorithms", List.of("RS256", "ES256"), "keyProtection", "ANY")),
                    new Default("totp", "ACTIVE", Map.of()),
                    new Default("signed_nonce", "ACTIVE", Map.of("algorithms", List.of("ES256", "RS256"),
                            "keyProtection", "ANY", "showSignInWithOV", "ALWAYS"))),
            "security_question", List.of(new Default("security_question", "ACTIVE", Map.of())),
            "webauthn", List.of(new Default("webauthn", "ACTIVE",
                    Map.of("userVerification", "DISCOURAGED", "attachment", "ANY"))),
            "google_otp", List.of(new Default("otp", "ACTIVE", Map.of())));

    private record Default(String type, String status, Map<String, Object> settings) {
    }

    private AuthenticatorMethods() {
    }

    /** The methods of an authenticator, stored over defaults; E0000007 for an unknown authenticator. */
    public static List<AuthenticatorMethod> of(State state, String authenticatorId) {
        Authenticator a = Authenticators.require(state, authenticatorId);
        return BY_KEY.getOrDefault(a.key(), List.of()).stream()
                .map(d -> new AuthenticatorMethod(a.id(), d.type(), d.status(), d.settings()))
                .map(d -> state.get(METHODS, d.key()).orElse(d))
                .toList();
    }

    public static AuthenticatorMethod require(State state, String authenticatorId, String type) {
        return of(state, authenticatorId).stream().filter(m -> m.type().equals(type)).findFirst()
                .orElseThrow(() -> OktaErrors.notFound(type, "AuthenticatorMethod"));
    }

    public static AuthenticatorMethod setStatus(Tx tx, String authenticatorId, String type, String status) {
        AuthenticatorMethod m = require(tx.state(), authenticatorId, type);
        return tx.put(METHODS, m.key(), m.withStatus(status));
    }

    /** Replaces a method's settings; the body names the method it replaces, as Okta's discriminated schema does. */
    public static AuthenticatorMethod replace(Tx tx, String authenticatorId, String type, String bodyType,
            Map<String, Object> settings) {
        AuthenticatorMethod m = require(tx.state(), authenticatorId, type);
        if (!Objects.equals(type, bodyType)) {
            throw OktaErrors.apiValidationFailed("authenticatorMethod",
                    List.of("type: The authenticator method type must be '" + type + "'."));
        }
        return tx.put(METHODS, m.key(), m.withSettings(settings.isEmpty() ? m.settings() : settings));
    }
}
