package dev.dtu.twins.google.auth;

/** The account a request acts as, known from its access token. */
public record Caller(GoogleAccount account, String domain) {
    public String id() {
        return account.id();
    }

    public String email() {
        return account.email();
    }
}
