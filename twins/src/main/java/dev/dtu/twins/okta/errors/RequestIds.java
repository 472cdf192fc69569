package dev.dtu.twins.okta.errors;

/** X-Okta-Request-Id values: 27 URL-safe characters, as Okta's look. */
public final class RequestIds {
    private RequestIds() {
    }

    public static String next() {
        return OktaErrorResponses.random(27);
    }
}
