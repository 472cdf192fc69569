package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Confidential;

/**
 * An app's default provisioning connection ({@code /api/v1/apps/{appId}/connections/default}): its auth scheme,
 * status and the credential given for it (an API token, or an OAuth client id). Keyed by app id; an app without one
 * has Okta's default, a {@code TOKEN} connection that is {@code DISABLED}. The state dump hides the token.
 */
public record AppConnection(String id, String authScheme, String status, String token, String clientId)
        implements Confidential {

    public static AppConnection defaultOf(String appId) {
        return new AppConnection(appId, "TOKEN", "DISABLED", null, null);
    }

    public boolean hasCredential() {
        return token != null || clientId != null;
    }

    public AppConnection withStatus(String newStatus) {
        return new AppConnection(id, authScheme, newStatus, token, clientId);
    }

    @Override
    public Object shown() {
        return token == null ? this : new AppConnection(id, authScheme, status, "[okta:token]", clientId);
    }
}
