package dev.dtu.twins.google.auth;

/**
 * The universe's service account: its own Google account ({@code accountId}) named by an
 * {@code …@{project}.iam.gserviceaccount.com} address; its key is minted per universe ({@link ServiceAccountKey}).
 */
public record ServiceAccount(String id, String accountId, String email, String projectId) {
    public static final String ID = "service-account";
}
