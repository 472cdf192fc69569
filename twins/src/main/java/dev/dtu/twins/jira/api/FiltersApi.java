package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.Search;
import dev.dtu.twins.jira.model.agile.Agile;
import dev.dtu.twins.jira.model.agile.AgileDirectory;
import dev.dtu.twins.jira.model.agile.Filter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saved filters (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-filters/), what boards are
 * built on. Hand-written rather than declared: a filter's JQL is validated against the site, its owner is the caller
 * and {@code favourite}, {@code viewUrl} and {@code searchUrl} are worked out per request. Shares are
 * {@link FilterSharingApi}'s; guessed: only its owner edits a filter, whatever its edit shares say.
 */
final class FiltersApi {
    /**
     * Jira's words for a filter that is missing or not the caller's to see. Its reference gives 400 for a missing
     * filter, but Jira Cloud answers 404 (jira.js's live suite, written against a real site, expects NotFoundError).
     */
    static final String NOT_AVAILABLE = "The selected filter is not available to you, perhaps it has been deleted or had its permissions changed.";

    private FiltersApi() {}

    static void routes(Routes r) {
        r.post("/rest/api/3/filter", FiltersApi::create)
                .get("/rest/api/3/filter/search", FiltersApi::search)
                .get("/rest/api/3/filter/my", c -> list(c, c.agile().filters().stream().filter(f -> mine(c, f)).toList()))
                .get("/rest/api/3/filter/favourite", c -> list(c, c.agile().filters().stream()
                        .filter(f -> f.favouriteOf().contains(c.actor().accountId())).toList()))
                .get("/rest/api/3/filter/{id}", c -> Response.json(200, view(c, filter(c))))
                .put("/rest/api/3/filter/{id}", FiltersApi::update)
                .delete("/rest/api/3/filter/{id}", FiltersApi::delete)
                .put("/rest/api/3/filter/{id}/favourite", c -> favourite(c, true))
                .delete("/rest/api/3/filter/{id}/favourite", c -> favourite(c, false));
    }

    static Response create(ApiCall c) {
        JsonNode body = c.objectBody();
        String jql = checkJql(c, text(body, "jql"));
        Filter f = c.agileWrite(a -> {
            Filter made = a.createFilter(c.actor().accountId(), text(body, "name"), text(body, "description"), jql);
            return body.path("favourite").asBoolean(false) ? a.favourite(made, c.actor().accountId(), true) : made;
        });
        return Response.json(200, view(c, f));
    }

    static Response update(ApiCall c) {
        Filter f = owned(c);
        JsonNode body = c.objectBody();
        Optional<String> jql = Optional.ofNullable(text(body, "jql")).map(q -> checkJql(c, q));
        Filter updated = c.agileWrite(a -> a.updateFilter(f, Optional.ofNullable(text(body, "name")),
                Optional.ofNullable(text(body, "description")), jql));
        return Response.json(200, view(c, updated));
    }

    static Response delete(ApiCall c) {
        Filter f = owned(c);
        c.agileWrite(a -> {
            a.deleteFilter(f);
            return null;
        });
        return Response.empty(204);
    }

    static Response favourite(ApiCall c, boolean on) {
        Filter f = filter(c);
        return Response.json(200, view(c, c.agileWrite(a -> a.favourite(f, c.actor().accountId(), on))));
    }

    static Response search(ApiCall c) {
        String name = c.query("filterName").orElse("").toLowerCase(java.util.Locale.ROOT);
        Optional<String> owner = c.query("accountId");
        List<Filter> found = c.agile().filters().stream().filter(f -> visible(c, f))
                .filter(f -> f.name().toLowerCase(java.util.Locale.ROOT).contains(name))
                .filter(f -> owner.map(o -> o.equals(f.ownerAccountId())).orElse(true)).toList();
        return Response.json(200, AgilePaging.pageBean(c, found, f -> view(c, f), 50));
    }

    private static Response list(ApiCall c, List<Filter> filters) {
        ArrayNode out = Json.array();
        filters.forEach(f -> out.add(view(c, f)));
        return Response.json(200, out);
    }

    static ObjectNode view(ApiCall c, Filter f) {
        ObjectNode n = Json.object().put("self", c.base() + "/rest/api/3/filter/" + f.id()).put("id", Long.toString(f.id()))
                .put("name", f.name());
        if (f.description() != null) {
            n.put("description", f.description());
        }
        n.set("owner", new Views(c.base(), c.dir()).userOrNull(f.ownerAccountId()));
        n.put("jql", f.jql()).put("viewUrl", c.base() + "/issues/?filter=" + f.id())
                .put("searchUrl", c.base() + "/rest/api/3/search/jql?" + QueryStrings.format(Map.of("jql", List.of(f.jql()))))
                .put("favourite", f.favouriteOf().contains(c.actor().accountId())).put("favouritedCount", f.favouriteOf().size());
        ArrayNode shares = n.putArray("sharePermissions");
        ArrayNode edits = n.putArray("editPermissions");
        f.shares().forEach(s -> (s.edit() ? edits : shares).add(FilterSharingApi.view(c, s)));
        return n;
    }

    /** The path's filter, as the caller sees it. */
    static Filter filter(ApiCall c) {
        return c.agile().filter(c.param("id")).filter(f -> visible(c, f))
                .orElseThrow(() -> JiraException.message(404, NOT_AVAILABLE));
    }

    private static Filter owned(ApiCall c) {
        Filter f = filter(c);
        if (!mine(c, f)) {
            // Guessed wording: "the user does not have permission to edit the filter".
            throw JiraException.message(400, "You do not have permission to edit filter " + f.id() + ".");
        }
        return f;
    }

    static boolean visible(ApiCall c, Filter f) {
        return mine(c, f) || FilterSharingApi.sharedWith(c, f);
    }

    private static boolean mine(ApiCall c, Filter f) {
        return f.ownerAccountId().equals(c.actor().accountId());
    }

    /** A filter's JQL must be valid for the caller (field "jql" in Jira's errors). */
    static String checkJql(ApiCall c, String jql) {
        if (jql == null || jql.isBlank()) {
            return jql == null ? "" : jql;
        }
        try {
            Search.matching(c.jql(), jql, false);
        } catch (dev.dtu.twins.jira.model.jql.JqlSyntaxException e) {
            throw JiraException.field("jql", e.getMessage());
        } catch (dev.dtu.twins.jira.model.jql.JqlValidationException e) {
            throw JiraException.field("jql", String.join(" ", e.messages()));
        }
        return jql;
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw JiraException.message(400, ApiCall.BAD_PAYLOAD);
        }
        return v.asText();
    }
}
