package dev.dtu.twins.slack.model;

import java.util.List;

/**
 * An authorization code from oauth/v2/authorize, stored under the SHA-256 of the code (the code itself is not
 * kept). Slack's codes are single-use and expire after ten minutes.
 *
 * @param installer the person who approved
 * @param webhookChannel the channel picked for incoming-webhook (null without that scope)
 * @param openid true for Sign in with Slack (openid/connect/authorize), redeemed by openid.connect.token
 */
public record OAuthCode(String digest, String installer, List<String> scopes, List<String> userScopes,
                        String redirectUri, String webhookChannel, boolean openid, String nonce,
                        long expiresAt, boolean used) {
    public OAuthCode {
        scopes = List.copyOf(scopes);
        userScopes = List.copyOf(userScopes);
    }

    public OAuthCode spent() {
        return new OAuthCode(digest, installer, scopes, userScopes, redirectUri, webhookChannel, openid, nonce,
                expiresAt, true);
    }
}
