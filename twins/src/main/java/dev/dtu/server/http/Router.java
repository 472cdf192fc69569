package dev.dtu.server.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A route table: method plus path template ({@code /api/v1/users/{id}}) to a handler. Templates match
 * whole segments; {@code {name...}} as the last segment takes the rest of the path.
 *
 * @param <H> the handler type of the twin or admin API using it
 */
public final class Router<H> {
    private final List<Route<H>> routes = new ArrayList<>();

    public Router<H> get(String template, H handler) {
        return add("GET", template, handler);
    }

    public Router<H> post(String template, H handler) {
        return add("POST", template, handler);
    }

    public Router<H> put(String template, H handler) {
        return add("PUT", template, handler);
    }

    public Router<H> patch(String template, H handler) {
        return add("PATCH", template, handler);
    }

    public Router<H> delete(String template, H handler) {
        return add("DELETE", template, handler);
    }

    public Router<H> add(String method, String template, H handler) {
        routes.add(new Route<>(method, split(template), handler));
        return this;
    }

    /** Every route as "METHOD /template", in registration order (the OpenAPI document is checked against it). */
    public List<String> table() {
        return routes.stream().map(r -> r.method + " /" + String.join("/", r.template)).toList();
    }

    /** The route for this request, or whether the path exists under another method. */
    public Match<H> match(String method, String path) {
        String[] segments = split(path);
        boolean pathKnown = false;
        for (Route<H> route : routes) {
            Optional<Map<String, String>> params = route.bind(segments);
            if (params.isEmpty()) {
                continue;
            }
            pathKnown = true;
            if (route.method.equals(method)) {
                return new Match<>(route.handler, params.get(), true);
            }
        }
        return new Match<>(null, Map.of(), pathKnown);
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    /** @param handler null when nothing matched; {@code pathKnown} tells a 405 from a 404 */
    public record Match<H>(H handler, Map<String, String> params, boolean pathKnown) {
        public boolean found() {
            return handler != null;
        }
    }

    private record Route<H>(String method, String[] template, H handler) {
        Optional<Map<String, String>> bind(String[] segments) {
            Map<String, String> params = new HashMap<>();
            for (int i = 0; i < template.length; i++) {
                String t = template[i];
                if (t.startsWith("{") && t.endsWith("...}")) {
                    if (i > segments.length) {
                        return Optional.empty();
                    }
                    params.put(t.substring(1, t.length() - 4), String.join("/", List.of(segments).subList(i, segments.length)));
                    return Optional.of(params);
                }
                if (i >= segments.length) {
                    return Optional.empty();
                }
                if (t.startsWith("{") && t.endsWith("}")) {
                    if (segments[i].isEmpty()) {
                        return Optional.empty();
                    }
                    params.put(t.substring(1, t.length() - 1), segments[i]);
                } else if (!t.equals(segments[i])) {
                    return Optional.empty();
                }
            }
            return segments.length == template.length ? Optional.of(params) : Optional.empty();
        }
    }
}
