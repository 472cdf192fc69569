package dev.dtu.twins.okta.model;

/** A lifecycle operation Okta accepted: the user moves from {@code from} to {@code to}. */
public record Transition(UserStatus from, LifecycleOperation operation, UserStatus to) {

    /**
     * Deactivation permanently deletes the password (help.okta.com, "About user account status",
     * Deprovisioned), so a later activate needs the activation flow again.
     */
    public boolean deletesPassword() {
        return operation == LifecycleOperation.DEACTIVATE;
    }

    public boolean changesStatus() {
        return from != to;
    }
}
