package dev.dtu.twins.okta.api;

import dev.dtu.twins.okta.errors.OktaErrorResponses;

/** Temporary passwords and one-time tokens Okta hands back instead of emailing them. */
final class TempPasswords {
    private TempPasswords() {
    }

    /** Meets the default policy: lower, upper and digit, ten characters. */
    static String next() {
        return "Tmp" + OktaErrorResponses.random(5).replaceAll("[^A-Za-z0-9]", "x") + "9a";
    }
}
