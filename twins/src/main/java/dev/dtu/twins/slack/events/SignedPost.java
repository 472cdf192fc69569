package dev.dtu.twins.slack.events;

import dev.dtu.server.delivery.Delivery;
import dev.dtu.server.universe.Universe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request Slack sends to an app, signed afresh on every attempt (the timestamp is part of the
 * signature). Retries carry X-Slack-Retry-Num and X-Slack-Retry-Reason
 * (https://api.slack.com/apis/events-api#retries).
 */
final class SignedPost {
    /** Slack waits 3 seconds for an answer. */
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    /** Slack retries failed events three times: at once, after a minute, after five minutes. */
    static final List<Duration> EVENT_RETRIES = List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(5));

    private SignedPost() {}

    static Delivery of(Universe universe, String secret, String event, String url, String contentType, byte[] body,
                       List<Duration> retries) {
        Delivery.HeaderPlan headers = (attempt, reason) -> {
            long timestamp = universe.clock().instant().getEpochSecond();
            Map<String, String> h = new LinkedHashMap<>();
            h.put("X-Slack-Request-Timestamp", Long.toString(timestamp));
            h.put("X-Slack-Signature", Signature.sign(secret, timestamp, body));
            h.put("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)");
            if (attempt > 0) {
                h.put("X-Slack-Retry-Num", Integer.toString(attempt));
                h.put("X-Slack-Retry-Reason", reason);
            }
            return h;
        };
        return new Delivery("slack", event, url, contentType, body, headers, retries, TIMEOUT);
    }
}
