package dev.dtu.twins.okta.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One method of an authenticator ({@code sms} and {@code voice} of the phone authenticator, ...), with its status. */
public record AuthenticatorMethod(String authenticatorId, String type, String status, Map<String, Object> settings) {

    public AuthenticatorMethod {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings == null ? Map.of() : settings));
    }

    public String key() {
        return authenticatorId + "/" + type;
    }

    public AuthenticatorMethod withStatus(String newStatus) {
        return new AuthenticatorMethod(authenticatorId, type, newStatus, settings);
    }

    public AuthenticatorMethod withSettings(Map<String, Object> newSettings) {
        return new AuthenticatorMethod(authenticatorId, type, status, newSettings);
    }
}
