package dev.dtu.twins.slack.model;

import java.util.List;

/**
 * The app's OAuth settings (https://api.slack.com/authentication/oauth-v2): its public client id, the redirect URLs
 * it registered, and whether token rotation is on (https://api.slack.com/authentication/rotation). The client
 * secret is minted per universe, not stored here.
 */
public record OAuthSettings(String clientId, List<String> redirectUrls, boolean tokenRotation) {
    public static final String ID = "app";

    public OAuthSettings {
        redirectUrls = List.copyOf(redirectUrls);
    }

    /** Slack takes a redirect_uri that is one of the registered URLs or below one; any when none is registered. */
    public boolean allows(String redirectUri) {
        return redirectUrls.isEmpty() ? redirectUri.matches("https?://.+")
                : redirectUrls.stream().anyMatch(u -> redirectUri.equals(u) || redirectUri.startsWith(u.endsWith("/") ? u : u + "/"));
    }
}
