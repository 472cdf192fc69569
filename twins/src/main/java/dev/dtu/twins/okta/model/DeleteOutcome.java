package dev.dtu.twins.okta.model;

/** What {@code DELETE /api/v1/users/{id}} does to a user. */
public enum DeleteOutcome {
    /** The user was not DEPROVISIONED: the call deactivated it and a second delete is needed. */
    DEACTIVATED,
    /** The user was DEPROVISIONED and is now gone. */
    DELETED
}
