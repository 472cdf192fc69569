package dev.dtu.twins.google.auth;

/** The universe's Google app: which account the app's own access token acts as, and the company domain. */
public record GoogleApp(String id, String accountId, String domain) {
    public static final String ID = "app";
}
