package dev.dtu.server.twin;

import dev.dtu.server.http.Request;
import java.util.Optional;

/** A vendor's documented rate limits: which bucket a request counts against, and its size. */
@FunctionalInterface
public interface RateLimitPolicy {
    RateLimitPolicy NONE = (request, operation) -> Optional.empty();

    Optional<Limit> limitFor(Request request, String operation);

    /**
     * @param bucket what the limit counts (e.g. "chat.postMessage:C123" for Slack's per-channel rule)
     * @param permits requests allowed per window
     * @param windowMillis the window length
     */
    record Limit(String bucket, int permits, long windowMillis) {}
}
