package dev.dtu.twins.okta.model;

/** Okta's {@code AuthenticationProviderType}: who validates the user's password. */
public enum AuthenticationProviderType {
    ACTIVE_DIRECTORY,
    FEDERATION,
    IMPORT,
    LDAP,
    OKTA,
    SOCIAL;

    /** FEDERATION and SOCIAL users authenticate through a trusted identity provider, never with an Okta password. */
    public boolean isExternalIdentityProvider() {
        return this == FEDERATION || this == SOCIAL;
    }
}
