package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Confidential;
import java.time.Instant;
import java.util.List;

/**
 * An OIDC app ({@code name: oidc_client}, {@code signOnMode: OPENID_CONNECT}). {@code clientSecret} is null
 * for public clients and for seeded apps, whose secret the framework mints per universe
 * (credential {@code client:{clientId}}).
 */
public record Application(String id, String label, String status, Instant created, Instant lastUpdated,
        String clientId, String clientSecret, String tokenEndpointAuthMethod, String applicationType,
        List<String> redirectUris, List<String> postLogoutRedirectUris, List<String> grantTypes,
        List<String> responseTypes, String consentMethod) implements Confidential {

    public static final String ACTIVE = "ACTIVE";
    public static final String INACTIVE = "INACTIVE";
    public static final String NONE = "none";
    static final String HIDDEN = "[okta:client_secret]";

    public Application {
        redirectUris = copy(redirectUris);
        postLogoutRedirectUris = copy(postLogoutRedirectUris);
        grantTypes = copy(grantTypes);
        responseTypes = copy(responseTypes);
        consentMethod = consentMethod == null ? NewApp.TRUSTED : consentMethod;
    }

    /** The state dump shows that the app has a secret, not the secret. */
    @Override
    public Object shown() {
        return clientSecret == null ? this : new Application(id, label, status, created, lastUpdated, clientId,
                HIDDEN, tokenEndpointAuthMethod, applicationType, redirectUris, postLogoutRedirectUris, grantTypes,
                responseTypes, consentMethod);
    }

    public boolean publicClient() {
        return NONE.equals(tokenEndpointAuthMethod);
    }

    public boolean allowsGrant(String grantType) {
        return grantTypes.contains(grantType);
    }

    public Application withStatus(String newStatus, Instant now) {
        return new Application(id, label, newStatus, created, now, clientId, clientSecret, tokenEndpointAuthMethod,
                applicationType, redirectUris, postLogoutRedirectUris, grantTypes, responseTypes, consentMethod);
    }

    public Application withSettings(NewApp settings, Instant now) {
        return new Application(id, settings.label(), status, created, now, clientId, clientSecret,
                settings.tokenEndpointAuthMethod(), settings.applicationType(), settings.redirectUris(),
                settings.postLogoutRedirectUris(), settings.grantTypes(), settings.responseTypes(), settings.consentMethod());
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
