package dev.dtu.twins.slack.events;

import dev.dtu.server.universe.Universe;

/** The per-universe app secrets the framework mints: the signing secret and the legacy verification token. */
public final class Secrets {
    public static final String SIGNING_SECRET = "signing_secret";
    public static final String VERIFICATION_TOKEN = "verification_token";

    private Secrets() {}

    public static String signingSecret(Universe u) {
        return u.secret("slack", SIGNING_SECRET).orElseThrow();
    }

    public static String verificationToken(Universe u) {
        return u.secret("slack", VERIFICATION_TOKEN).orElseThrow();
    }
}
