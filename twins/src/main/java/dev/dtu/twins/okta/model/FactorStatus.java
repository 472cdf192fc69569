package dev.dtu.twins.okta.model;

/** Okta's factor {@code status}: enrolled and waiting for activation, or active. */
public enum FactorStatus {
    PENDING_ACTIVATION,
    ACTIVE
}
