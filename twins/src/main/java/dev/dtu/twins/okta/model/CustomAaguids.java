package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Custom AAGUIDs of the security key (WebAuthn) authenticator
 * (https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Authenticator/#tag/Authenticator/operation/createCustomAAGUID).
 * Okta names a known AAGUID from the FIDO metadata service; the twin has no such service, so a created AAGUID
 * carries the name given, or none. Error wording is the twin's (Okta's docs show none).
 */
public final class CustomAaguids {
    public static final Kind<CustomAaguid> AAGUIDS = Kind.of("okta", "customAaguids", CustomAaguid.class);
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CustomAaguids() {
    }

    public static List<CustomAaguid> of(State state, String authenticatorId) {
        securityKey(state, authenticatorId);
        String prefix = authenticatorId + "/";
        return new ArrayList<>(state.all(AAGUIDS).subMap(prefix, prefix + Character.MAX_VALUE).values());
    }

    public static CustomAaguid require(State state, String authenticatorId, String aaguid) {
        securityKey(state, authenticatorId);
        return state.get(AAGUIDS, authenticatorId + "/" + aaguid.toLowerCase())
                .orElseThrow(() -> OktaErrors.notFound(aaguid, "CustomAAGUID"));
    }

    public static CustomAaguid create(Tx tx, String authenticatorId, String aaguid, String name,
            Map<String, Object> characteristics, List<Object> certificates) {
        securityKey(tx.state(), authenticatorId);
        if (aaguid == null || aaguid.isBlank()) {
            throw invalid("aaguid: The field cannot be left blank");
        }
        if (!UUID.matcher(aaguid).matches()) {
            throw invalid("aaguid: The AAGUID must be a UUID, e.g. cb69481e-8ff7-4039-93ec-0a2729a154a8");
        }
        checkName(name);
        CustomAaguid made = new CustomAaguid(authenticatorId, aaguid.toLowerCase(), name, characteristics, certificates);
        if (tx.get(AAGUIDS, made.key()).isPresent()) {
            throw invalid("aaguid: A custom AAGUID with this value already exists for this authenticator");
        }
        return tx.put(AAGUIDS, made.key(), made);
    }

    /** Replace (every field from the body) or update (only the fields the body names). */
    public static CustomAaguid change(Tx tx, String authenticatorId, String aaguid, boolean replace, String name,
            Map<String, Object> characteristics, List<Object> certificates) {
        CustomAaguid was = require(tx.state(), authenticatorId, aaguid);
        checkName(name);
        CustomAaguid now = new CustomAaguid(authenticatorId, was.aaguid(),
                replace || name != null ? name : was.name(),
                replace || characteristics != null ? characteristics : was.characteristics(),
                replace || certificates != null ? certificates : was.attestationRootCertificates());
        return tx.put(AAGUIDS, now.key(), now);
    }

    public static void delete(Tx tx, String authenticatorId, String aaguid) {
        tx.remove(AAGUIDS, require(tx.state(), authenticatorId, aaguid).key());
    }

    private static void checkName(String name) {
        if (name != null && name.isBlank()) {
            throw invalid("name: The field cannot be left blank");
        }
    }

    /** Custom AAGUIDs belong to the security key authenticator only; any other id is not found. */
    private static Authenticator securityKey(State state, String authenticatorId) {
        Authenticator a = Authenticators.require(state, authenticatorId);
        if (!a.key().equals("webauthn")) {
            throw OktaErrors.notFound(authenticatorId, "Authenticator");
        }
        return a;
    }

    private static OktaException invalid(String cause) {
        return OktaErrors.apiValidationFailed("customAAGUID", List.of(cause));
    }
}
