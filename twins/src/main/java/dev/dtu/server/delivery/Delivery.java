package dev.dtu.server.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One event or webhook a twin sends to the app, with the vendor's retry rules.
 *
 * @param twin the sending twin
 * @param event what is delivered ("event_callback:message", "jira:issue_created"), for journal and metrics
 * @param headers the headers of each attempt: attempt 0 is the first try; the reason says why the last failed
 * @param retryDelays the delay before each retry (their count is the number of retries), before scaling
 * @param timeout how long the app has to answer before the attempt counts as failed
 * @param retryOn which HTTP statuses of a failed attempt are retried (no answer at all is always retried)
 * @param socket when not null, the app takes this delivery over a WebSocket it opened, not at {@code url}
 */
public record Delivery(
        String twin,
        String event,
        String url,
        String contentType,
        byte[] body,
        HeaderPlan headers,
        List<Duration> retryDelays,
        Duration timeout,
        Predicate<Integer> retryOn,
        SocketRoute socket) {

    /** Retries any non-2xx answer. */
    public static final Predicate<Integer> ANY_FAILURE = status -> status < 200 || status >= 300;

    public Delivery(String twin, String event, String url, String contentType, byte[] body, HeaderPlan headers,
            List<Duration> retryDelays, Duration timeout) {
        this(twin, event, url, contentType, body, headers, retryDelays, timeout, ANY_FAILURE);
    }

    public Delivery(String twin, String event, String url, String contentType, byte[] body, HeaderPlan headers,
            List<Duration> retryDelays, Duration timeout, Predicate<Integer> retryOn) {
        this(twin, event, url, contentType, body, headers, retryDelays, timeout, retryOn, null);
    }

    /** The same delivery over the app's WebSocket instead of HTTP. */
    public Delivery overSocket(SocketRoute route) {
        return new Delivery(twin, event, route.address(), contentType, body, headers, retryDelays, timeout, retryOn, route);
    }

    /** Whether an attempt that ended with {@code status} (0: no answer) is tried again. */
    public boolean retries(int status) {
        return status == 0 || retryOn.test(status);
    }

    @FunctionalInterface
    public interface HeaderPlan {
        Map<String, String> forAttempt(int attempt, String lastFailureReason);
    }
}
