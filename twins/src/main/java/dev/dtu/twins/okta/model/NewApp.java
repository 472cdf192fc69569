package dev.dtu.twins.okta.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The OIDC settings of a createApplication or replaceApplication request, with Okta's defaults filled in. */
public record NewApp(String label, String clientId, String tokenEndpointAuthMethod, String applicationType,
        List<String> redirectUris, List<String> postLogoutRedirectUris, List<String> grantTypes,
        List<String> responseTypes, String consentMethod) {

    /** Okta's default {@code consent_method} for apps made through the Apps API (createApplication). */
    public static final String TRUSTED = "TRUSTED";
    /** The values of {@code settings.oauthClient.consent_method} Okta accepts (the seed schema lists the same). */
    public static final Set<String> CONSENT_METHODS = Set.of("REQUIRED", TRUSTED);

    static final Set<String> GRANT_TYPES = Set.of("authorization_code", "implicit", "password", "refresh_token",
            "client_credentials");
    static final Set<String> AUTH_METHODS = Set.of("client_secret_basic", "client_secret_post", "private_key_jwt",
            "client_secret_jwt", "none");
    static final Set<String> APPLICATION_TYPES = Set.of("web", "native", "browser", "service");

    public NewApp {
        tokenEndpointAuthMethod = tokenEndpointAuthMethod == null ? "client_secret_basic" : tokenEndpointAuthMethod;
        applicationType = applicationType == null ? "web" : applicationType;
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
        grantTypes = grantTypes == null || grantTypes.isEmpty() ? List.of("authorization_code") : List.copyOf(grantTypes);
        responseTypes = responseTypes == null || responseTypes.isEmpty() ? List.of("code") : List.copyOf(responseTypes);
        consentMethod = consentMethod == null ? TRUSTED : consentMethod;
    }

    /** Throws E0000001 naming every field Okta would reject. */
    public void check() {
        List<String> fields = new ArrayList<>();
        List<String> causes = new ArrayList<>();
        if (label == null || label.isBlank()) {
            fields.add("label");
            causes.add("label: The field cannot be left blank");
        }
        if (!AUTH_METHODS.contains(tokenEndpointAuthMethod)) {
            fields.add("token_endpoint_auth_method");
            causes.add("token_endpoint_auth_method: '" + tokenEndpointAuthMethod + "' is not a valid value.");
        }
        if (!APPLICATION_TYPES.contains(applicationType)) {
            fields.add("application_type");
            causes.add("application_type: '" + applicationType + "' is not a valid value.");
        }
        if (!CONSENT_METHODS.contains(consentMethod)) {
            fields.add("consent_method");
            causes.add("consent_method: '" + consentMethod + "' is not a valid value.");
        }
        grantTypes.stream().filter(g -> !GRANT_TYPES.contains(g)).findFirst().ifPresent(g -> {
            fields.add("grant_types");
            causes.add("grant_types: '" + g + "' is not a valid grant type.");
        });
        if (grantTypes.contains("authorization_code") && redirectUris.isEmpty()) {
            fields.add("redirect_uris");
            causes.add("redirect_uris: 'redirect_uris' is required when 'authorization_code' is a grant type.");
        }
        if (!causes.isEmpty()) {
            throw OktaErrors.apiValidationFailed(fields.get(0), causes);
        }
    }
}
