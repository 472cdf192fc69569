package dev.dtu.twins.google.api;

import dev.dtu.server.http.Request;
import dev.dtu.server.http.Router;
import java.util.List;
import java.util.Optional;

/**
 * The route table of all Google APIs. Google's custom methods ({@code {id}:batchUpdate},
 * {@code values/{range}:append}) are matched as "POST:batchUpdate" on the path without the suffix.
 */
public final class GoogleRoutes {
    private static final List<String> CUSTOM_METHODS = List.of("batchUpdate", "append", "clear", "batchGet",
            "batchClear", "batchGetByDataFilter", "batchUpdateByDataFilter", "batchClearByDataFilter", "copyTo", "search",
            "getByDataFilter");
    private final Router<Route> router = new Router<>();

    public GoogleRoutes add(String method, String template, String operation, Handler handler) {
        router.add(method, template, new Route(operation, handler));
        return this;
    }

    public Router.Match<Route> match(Request request) {
        String path = request.path();
        String method = request.method();
        int colon = path.lastIndexOf(':');
        if (colon > path.lastIndexOf('/') || colon > 0 && CUSTOM_METHODS.contains(path.substring(colon + 1))) {
            String suffix = path.substring(colon + 1);
            if (CUSTOM_METHODS.contains(suffix)) {
                return router.match(method + ":" + suffix, path.substring(0, colon));
            }
        }
        return router.match(method, path);
    }

    public Optional<String> operation(Request request) {
        Router.Match<Route> m = match(request);
        return m.found() ? Optional.of(m.handler().operation()) : Optional.empty();
    }

    public List<String> table() {
        return router.table();
    }
}
