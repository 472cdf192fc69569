package dev.dtu.twins.okta.errors;

import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.RateLimitPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Okta's per-minute rate limit buckets (developer.okta.com "Rate limits", org-wide defaults for a
 * production org) and the X-Rate-Limit-* headers every Okta response carries. The twin does not count
 * requests unless the universe turns rate limits on, so {@code Remaining} reports a fresh window.
 */
public final class RateLimits implements RateLimitPolicy {
    private record Bucket(String method, String prefix, int limit) {
        boolean matches(Request request) {
            return (method == null || method.equals(request.method())) && request.path().startsWith(prefix);
        }
    }

    private static final List<Bucket> BUCKETS = List.of(
            new Bucket("GET", "/api/v1/users/me", 1000),
            new Bucket("POST", "/api/v1/users", 600),
            new Bucket(null, "/api/v1/users", 600),
            new Bucket(null, "/api/v1/groups", 500),
            new Bucket(null, "/api/v1/apps", 100),
            new Bucket(null, "/api/v1/logs", 120),
            new Bucket(null, "/oauth2/default/v1/token", 600),
            new Bucket(null, "/oauth2/default/v1/authorize", 600),
            new Bucket(null, "/oauth2/v1/token", 600),
            new Bucket(null, "/oauth2/v1/authorize", 600),
            new Bucket(null, "/oauth2", 2000),
            new Bucket(null, "/", 1200));
    private static final long WINDOW_MILLIS = 60_000;

    @Override
    public Optional<Limit> limitFor(Request request, String operation) {
        Bucket bucket = bucket(request);
        return Optional.of(new Limit(bucket.method() + " " + bucket.prefix(), bucket.limit(), WINDOW_MILLIS));
    }

    /** Adds the X-Rate-Limit-* headers; {@code remaining} is null for a fresh window. */
    public static Response headers(Response response, Request request, Instant now, Integer remaining, long resetSeconds) {
        int limit = bucket(request).limit();
        long reset = resetSeconds > 0 ? now.getEpochSecond() + resetSeconds : now.getEpochSecond() / 60 * 60 + 60;
        response.header("X-Rate-Limit-Limit", Integer.toString(limit));
        response.header("X-Rate-Limit-Remaining", Integer.toString(remaining == null ? limit - 1 : remaining));
        response.header("X-Rate-Limit-Reset", Long.toString(reset));
        // The Node SDK waits X-Rate-Limit-Reset minus Date: both come from one instant, never from the HTTP
        // server's cached Date string, which can lag on a busy machine.
        response.header("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atZone(java.time.ZoneOffset.UTC)));
        return response;
    }

    private static Bucket bucket(Request request) {
        return BUCKETS.stream().filter(b -> b.matches(request)).findFirst().orElse(BUCKETS.get(BUCKETS.size() - 1));
    }
}
