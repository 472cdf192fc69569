package dev.dtu.twins.okta.api;

import dev.dtu.twins.okta.errors.OktaErrorResponses;

/** Activation and recovery tokens: 20 URL-safe characters. */
final class OktaTokens {
    private OktaTokens() {
    }

    static String next() {
        return OktaErrorResponses.random(20).replaceAll("[^A-Za-z0-9]", "x");
    }
}
