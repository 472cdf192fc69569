package dev.dtu.twins.slack.events;

import dev.dtu.server.universe.Universe;

/** The per-universe app secrets the framework mints: the signing secret, the legacy verification token and the app-level token. */
public final class Secrets {
    public static final String SIGNING_SECRET = "signing_secret";
    public static final String VERIFICATION_TOKEN = "verification_token";
    /** The app-level token (xapp-) with connections:write, for Socket Mode. */
    public static final String APP_TOKEN = "app_token";

    private Secrets() {}

    public static String signingSecret(Universe u) {
        return u.secret("slack", SIGNING_SECRET).orElseThrow();
    }

    public static String verificationToken(Universe u) {
        return u.secret("slack", VERIFICATION_TOKEN).orElseThrow();
    }
}
