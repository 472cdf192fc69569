package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.dtu.server.state.Confidential;
import java.time.Instant;
import java.util.List;

/**
 * An app of any sign-on mode. The OIDC fields are modelled (the OAuth endpoints use them) and null for other
 * modes; everything else the app object carries ({@code settings.app}, {@code settings.signOn}, {@code visibility},
 * {@code accessibility}, {@code credentials.scheme}, …) is kept as given, with Okta's defaults, in {@code extra}.
 * {@code clientSecret} is null for public clients and for seeded apps, whose secret the framework mints per
 * universe (credential {@code client:{clientId}}).
 */
public record Application(String id, String label, String status, Instant created, Instant lastUpdated,
        String clientId, String clientSecret, String tokenEndpointAuthMethod, String applicationType,
        List<String> redirectUris, List<String> postLogoutRedirectUris, List<String> grantTypes,
        List<String> responseTypes, String consentMethod, String name, String signOnMode, JsonNode extra)
        implements Confidential {

    public static final String ACTIVE = "ACTIVE";
    public static final String INACTIVE = "INACTIVE";
    public static final String NONE = "none";
    public static final String OIDC_NAME = "oidc_client";
    public static final String OPENID_CONNECT = "OPENID_CONNECT";
    static final String HIDDEN = "[okta:client_secret]";

    public Application {
        redirectUris = copy(redirectUris);
        postLogoutRedirectUris = copy(postLogoutRedirectUris);
        grantTypes = copy(grantTypes);
        responseTypes = copy(responseTypes);
        name = name == null ? OIDC_NAME : name;
        signOnMode = signOnMode == null ? OPENID_CONNECT : signOnMode;
        consentMethod = consentMethod == null && OPENID_CONNECT.equals(signOnMode) ? NewApp.TRUSTED : consentMethod;
        extra = extra == null ? JsonNodeFactory.instance.objectNode() : extra;
    }

    /** An OIDC app with nothing beyond its modelled fields (seeded apps). */
    public Application(String id, String label, String status, Instant created, Instant lastUpdated, String clientId,
            String clientSecret, String tokenEndpointAuthMethod, String applicationType, List<String> redirectUris,
            List<String> postLogoutRedirectUris, List<String> grantTypes, List<String> responseTypes,
            String consentMethod) {
        this(id, label, status, created, lastUpdated, clientId, clientSecret, tokenEndpointAuthMethod, applicationType,
                redirectUris, postLogoutRedirectUris, grantTypes, responseTypes, consentMethod, OIDC_NAME,
                OPENID_CONNECT, null);
    }

    public boolean oidc() {
        return OPENID_CONNECT.equals(signOnMode);
    }

    /** The state dump shows that the app has a secret, not the secret. */
    @Override
    public Object shown() {
        return clientSecret == null ? this : new Application(id, label, status, created, lastUpdated, clientId,
                HIDDEN, tokenEndpointAuthMethod, applicationType, redirectUris, postLogoutRedirectUris, grantTypes,
                responseTypes, consentMethod, name, signOnMode, extra);
    }

    public boolean publicClient() {
        return NONE.equals(tokenEndpointAuthMethod);
    }

    public boolean allowsGrant(String grantType) {
        return grantTypes.contains(grantType);
    }

    public Application withStatus(String newStatus, Instant now) {
        return new Application(id, label, newStatus, created, now, clientId, clientSecret, tokenEndpointAuthMethod,
                applicationType, redirectUris, postLogoutRedirectUris, grantTypes, responseTypes, consentMethod, name,
                signOnMode, extra);
    }

    public Application withSettings(NewApp settings, JsonNode newExtra, Instant now) {
        return new Application(id, settings.label(), status, created, now, clientId, clientSecret,
                settings.tokenEndpointAuthMethod(), settings.applicationType(), settings.redirectUris(),
                settings.postLogoutRedirectUris(), settings.grantTypes(), settings.responseTypes(), settings.consentMethod(),
                name, signOnMode, newExtra);
    }

    /** A non-OIDC app's new label and settings (its name and sign-on mode stay). */
    public Application withExtra(String newLabel, JsonNode newExtra, Instant now) {
        return new Application(id, newLabel, status, created, now, clientId, clientSecret, tokenEndpointAuthMethod,
                applicationType, redirectUris, postLogoutRedirectUris, grantTypes, responseTypes, consentMethod, name,
                signOnMode, newExtra);
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
