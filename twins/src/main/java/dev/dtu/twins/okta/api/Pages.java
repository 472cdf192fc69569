package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.resource.convention.OktaConvention;
import dev.dtu.twins.okta.model.OktaErrors;
import java.util.List;
import java.util.function.Function;

/**
 * Okta's cursor pagination: {@code limit} and an opaque {@code after} (the twin's is the last item's id),
 * with one {@code link} header line per rel — {@code self} always, {@code next} while more remain —
 * carrying absolute URLs on the org URL the client used.
 */
public final class Pages {
    private Pages() {
    }

    public record Limits(int defaultLimit, int maxLimit) {
    }

    /** One page of {@code items} (in cursor order), formatted. */
    public static <T> Response page(OktaRequest request, List<T> items, Function<T, String> cursor,
            Function<T, JsonNode> format, Limits limits) {
        int limit = limit(request, limits);
        String after = request.query("after").orElse(null);
        List<T> rest = after == null ? items
                : items.stream().filter(item -> cursor.apply(item).compareTo(after) > 0).toList();
        List<T> page = rest.subList(0, Math.min(limit, rest.size()));
        ArrayNode body = Json.array();
        page.forEach(item -> body.add(format.apply(item)));
        Response response = Response.json(200, body);
        response.addHeader("link", link(request, null, "self"));
        if (rest.size() > page.size()) {
            response.addHeader("link", link(request, cursor.apply(page.get(page.size() - 1)), "next"));
        }
        return response;
    }

    static int limit(OktaRequest request, Limits limits) {
        String raw = request.query("limit").orElse(null);
        if (raw == null || raw.isBlank()) {
            return limits.defaultLimit();
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            return limit <= 0 ? limits.defaultLimit() : Math.min(limit, limits.maxLimit());
        } catch (NumberFormatException e) {
            throw OktaErrors.apiValidationFailed("limit", List.of("limit: The value must be a number."));
        }
    }

    private static String link(OktaRequest request, String after, String rel) {
        return OktaConvention.link(request.http(), after, rel);
    }
}
