package dev.dtu.twins.okta.model;

/** The body a successful lifecycle operation answers with. */
public enum LifecycleResponse {
    /** An empty object or no content. */
    EMPTY,
    /** {@code UserActivationToken}: {@code activationUrl} and {@code activationToken}. */
    ACTIVATION_TOKEN,
    /** {@code ResetPasswordToken}: {@code resetPasswordUrl}. */
    RESET_PASSWORD_TOKEN,
    /** The full {@code User}. */
    USER,
    /** {@code tempPassword}. */
    TEMP_PASSWORD
}
