package dev.dtu.twins.okta.model;

/** The states of a Classic Authentication API transaction ({@code status} of its answers). */
public enum AuthnStatus {
    PASSWORD_EXPIRED,
    LOCKED_OUT,
    MFA_ENROLL,
    MFA_ENROLL_ACTIVATE,
    MFA_REQUIRED,
    MFA_CHALLENGE,
    RECOVERY,
    RECOVERY_CHALLENGE,
    PASSWORD_RESET,
    SUCCESS,
    UNAUTHENTICATED
}
