package dev.dtu.twins.okta.model;

import java.util.Objects;

/**
 * What the lifecycle rules need to know about a user's {@code credentials}: whether a {@code password}
 * (plain, hashed or inline-hook) and a {@code recovery_question} are set, and the {@code provider} type.
 */
public record UserCredentials(boolean hasPassword, boolean hasRecoveryQuestion, AuthenticationProviderType provider) {

    public UserCredentials {
        Objects.requireNonNull(provider, "provider");
    }

    public static UserCredentials none() {
        return new UserCredentials(false, false, AuthenticationProviderType.OKTA);
    }

    public static UserCredentials withPassword() {
        return new UserCredentials(true, false, AuthenticationProviderType.OKTA);
    }

    /** True when activation finishes at once: the user signs in with a password or through an external IdP. */
    public boolean canSignInAfterActivation() {
        return hasPassword || provider.isExternalIdentityProvider();
    }

    public UserCredentials withoutPassword() {
        return new UserCredentials(false, hasRecoveryQuestion, provider);
    }
}
