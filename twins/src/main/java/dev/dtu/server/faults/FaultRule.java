package dev.dtu.server.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One fault: which requests it matches and what happens to them.
 *
 * @param twin the twin it applies to (null: every twin)
 * @param operation the vendor operation ("chat.postMessage"); null: any
 * @param path a glob over the path below the twin root ({@code /api/v1/users/*}, {@code **} crosses '/')
 * @param method an HTTP method; null: any
 * @param action {@code error}, {@code latency}, {@code drop} or {@code rateLimit}
 * @param status for {@code error}: the HTTP status (the twin's own error body unless {@code body} is set)
 * @param body for {@code error}: an exact body to send instead of the vendor's
 * @param headers extra response headers for {@code error}
 * @param latency for {@code latency}: how long to wait before serving normally
 * @param retryAfterSeconds for {@code rateLimit}: the Retry-After to announce
 * @param probability the chance a matching request is hit (default 1)
 * @param count how many times the rule fires at most (null: unlimited)
 */
public record FaultRule(
        String twin,
        String operation,
        String path,
        String method,
        String action,
        Integer status,
        JsonNode body,
        Map<String, String> headers,
        Latency latency,
        Long retryAfterSeconds,
        Double probability,
        Integer count) {

    public FaultRule {
        if (action == null) {
            throw new IllegalArgumentException("action is required: error, latency, drop or rateLimit");
        }
        switch (action) {
            case "error" -> {
                if (status == null || status < 400 || status > 599) {
                    throw new IllegalArgumentException("status must be an HTTP error status (400-599) for action error");
                }
            }
            case "latency" -> {
                if (latency == null) {
                    throw new IllegalArgumentException("latency is required for action latency");
                }
            }
            case "drop", "rateLimit" -> { }
            default -> throw new IllegalArgumentException(
                    "action must be error, latency, drop or rateLimit, not '" + action + "'");
        }
        if (probability != null && (probability < 0 || probability > 1 || probability.isNaN())) {
            throw new IllegalArgumentException("probability must be between 0 and 1");
        }
        if (count != null && count < 0) {
            throw new IllegalArgumentException("count must be >= 0");
        }
        if (retryAfterSeconds != null && retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must be >= 0");
        }
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public boolean matches(String requestTwin, String requestOperation, String requestMethod, String requestPath) {
        return (twin == null || twin.equals(requestTwin))
                && (operation == null || operation.equals(requestOperation))
                && (method == null || method.equalsIgnoreCase(requestMethod))
                && (path == null || globToRegex(path).matcher(requestPath).matches());
    }

    public double chance() {
        return probability == null ? 1.0 : probability;
    }

    public static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
