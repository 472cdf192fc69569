package dev.dtu.twins.okta.model;

/** Okta's {@code UserStatus} enum (the transitional {@code ACTIVATING} is never settable and not modelled). */
public enum UserStatus {
    STAGED,
    PROVISIONED,
    ACTIVE,
    RECOVERY,
    PASSWORD_EXPIRED,
    LOCKED_OUT,
    SUSPENDED,
    DEPROVISIONED
}
