package dev.dtu.server.twin;

import dev.dtu.server.http.Request;
import java.util.List;
import java.util.TreeSet;

/**
 * A twin's operation names, found by asking its own {@link Twin#operation} about each route it serves (the path
 * is the route's template), so the names fault rules are checked against are the journal's and the metrics'.
 */
final class Operations {
    private Operations() {}

    static List<String> of(Twin twin) {
        String unknown = name(twin, Request.of("GET", "/_dtu-no-such-route/_"));
        TreeSet<String> names = new TreeSet<>();
        for (ServedRoute route : twin.served()) {
            String name = name(twin, Request.of(route.method(), route.template()));
            if (name != null && !name.equals(unknown) && !name.equals(dev.dtu.server.metrics.Metrics.UNKNOWN)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static String name(Twin twin, Request request) {
        try {
            return twin.operation(request);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
