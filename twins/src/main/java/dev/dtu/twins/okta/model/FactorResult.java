package dev.dtu.twins.okta.model;

/** Okta's {@code factorResult} of a verification or a push transaction. */
public enum FactorResult {
    SUCCESS,
    CHALLENGE,
    WAITING,
    REJECTED,
    TIMEOUT
}
