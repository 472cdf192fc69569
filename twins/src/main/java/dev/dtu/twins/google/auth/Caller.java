package dev.dtu.twins.google.auth;

import java.util.Set;

/**
 * The account a request acts as, known from its access token, and the scopes that token carries
 * ({@code null}: the universe's minted per-person tokens, which carry every scope).
 *
 * @param allDrives whether the request sees shared drives' items: Drive's files and permissions methods only with
 *                  {@code supportsAllDrives=true}; Sheets, Docs and comments always
 */
public record Caller(GoogleAccount account, String domain, Set<String> scopes, boolean allDrives) {
    public Caller(GoogleAccount account, String domain) {
        this(account, domain, null);
    }

    public Caller(GoogleAccount account, String domain, Set<String> scopes) {
        this(account, domain, scopes, true);
    }

    public Caller withAllDrives(boolean sees) {
        return new Caller(account, domain, scopes, sees);
    }

    public String id() {
        return account.id();
    }

    public String email() {
        return account.email();
    }

    /** Whether the token reaches the application data folder (the drive.appdata scope, or a minted token). */
    public boolean seesAppData() {
        return scopes == null || scopes.contains(Scopes.DRIVE_APPDATA);
    }

    /** Whether drive.appdata is the token's only way into Drive, so that it sees nothing outside that folder. */
    public boolean appDataOnly() {
        return scopes != null && scopes.contains(Scopes.DRIVE_APPDATA)
                && scopes.stream().map(Scopes::canonical).noneMatch(Scopes.BEYOND_APPDATA::contains);
    }

    /** Google's 403 ACCESS_TOKEN_SCOPE_INSUFFICIENT unless the token's scopes take this method. */
    public void checkScope(String operation) {
        if (scopes != null) {
            Scopes.check(scopes, operation);
        }
    }
}
