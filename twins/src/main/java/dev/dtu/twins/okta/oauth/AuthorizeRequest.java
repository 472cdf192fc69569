package dev.dtu.twins.okta.oauth;

/** The parameters of {@code /authorize} the twin reads. */
public record AuthorizeRequest(AuthServer server, String clientId, String redirectUri, String responseType,
        String scope, String state, String nonce, String codeChallenge, String codeChallengeMethod,
        String loginHint, String prompt, String responseMode) {
}
