package dev.dtu.server.resource.convention;

import dev.dtu.server.http.Request;
import dev.dtu.server.resource.Resource;
import java.util.List;
import java.util.Optional;

/** Slicing a live list the two ways vendors page: after a cursor (the last id seen) or from an offset. */
final class Paging {
    private Paging() {}

    /** The items after the one with id {@code after} (all when null), in creation order. */
    static List<Resource> after(List<Resource> live, String after) {
        if (after == null || after.isEmpty()) {
            return live;
        }
        for (int i = 0; i < live.size(); i++) {
            if (live.get(i).id().equals(after)) {
                return live.subList(i + 1, live.size());
            }
        }
        // A cursor whose item has since been deleted: continue with the items created after it.
        return live.stream().filter(r -> r.id().length() == after.length() ? r.id().compareTo(after) > 0
                : r.id().length() > after.length()).toList();
    }

    /** A positive integer query parameter; empty when absent, blank, or not a number (the caller decides). */
    static Optional<Integer> intParam(Request request, String name) {
        return request.queryParam(name).map(String::trim).filter(s -> !s.isEmpty()).map(s -> {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return null;
            }
        });
    }

    static boolean malformedInt(Request request, String name) {
        return request.queryParam(name).map(String::trim).filter(s -> !s.isEmpty()).isPresent() && intParam(request, name).isEmpty();
    }
}
