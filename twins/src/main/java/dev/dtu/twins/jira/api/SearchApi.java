package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.Search;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Enhanced JQL search (search/jql), its approximate count, and the removed /search. */
final class SearchApi {
    /** Jira Cloud's answer since the old search was shut off (CHANGE-2046). */
    static final String REMOVED = "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. "
            + "A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046";
    static final int DEFAULT_MAX = 50;
    static final int MAX = 5000;

    private SearchApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/search/jql", SearchApi::searchGet)
                .post("/rest/api/3/search/jql", SearchApi::searchPost)
                .post("/rest/api/3/search/approximate-count", SearchApi::count)
                .post("/rest/api/3/jql/match", SearchApi::match)
                .get("/rest/api/3/search", c -> removed())
                .post("/rest/api/3/search", c -> removed());
    }

    private static Response removed() {
        throw JiraException.message(410, REMOVED);
    }

    static Response searchGet(ApiCall c) {
        return search(c, c.query("jql").orElse(""), c.query("nextPageToken").orElse(null), c.intQuery("maxResults", DEFAULT_MAX),
                c.queryList("fields"), Expand.of(c.queryList("expand")));
    }

    static Response searchPost(ApiCall c) {
        JsonNode body = c.objectBody();
        List<String> fields = new ArrayList<>();
        body.path("fields").forEach(f -> fields.add(f.asText()));
        JsonNode max = body.path("maxResults");
        if (!max.isMissingNode() && !max.isNull() && !max.isInt()) {
            throw JiraException.message(400, ApiCall.BAD_PAYLOAD);
        }
        return search(c, body.path("jql").asText(""), body.path("nextPageToken").asText(null), max.asInt(DEFAULT_MAX), fields,
                Expand.of(body.path("expand").asText(null)));
    }

    private static Response search(ApiCall c, String jql, String token, int maxResults, List<String> fieldTokens,
            Set<String> expand) {
        if (maxResults < 0) {
            throw JiraException.message(400, "The 'maxResults' parameter must be greater than or equal to 0.");
        }
        Search.Matches matches = Search.matching(c.jql(), jql, true);
        Search.Page page = Search.page(matches, jql, token, Math.min(maxResults, MAX));
        FieldSelection fields = FieldSelection.parse(fieldTokens, "id");
        IssueViews views = new IssueViews(c.base(), c.dir(), c.actor().accountId());
        ObjectNode out = Json.object();
        ArrayNode issues = out.putArray("issues");
        page.issues().forEach(i -> issues.add(views.issue(i, fields, expand)));
        if (expand.contains("names")) {
            ObjectNode names = out.putObject("names");
            page.issues().stream().flatMap(i -> views.fieldIds(i).stream()).filter(fields::includes).distinct()
                    .forEach(id -> names.put(id, FieldCatalog.name(c.dir(), id)));
        }
        if (page.nextPageToken() != null) {
            out.put("nextPageToken", page.nextPageToken());
        }
        out.put("isLast", page.isLast());
        return Response.json(200, out);
    }

    /**
     * Which of the given issues each query matches (up to 1000 issues, as documented). A query that does not parse
     * has its message in {@code errors}; one naming values that do not exist (an unknown project) matches nothing
     * and reports no error, as Jira Cloud answers (jira.js's live suite, run against a real site).
     */
    static Response match(ApiCall c) {
        JsonNode body = c.objectBody();
        JsonNode ids = body.path("issueIds");
        JsonNode jqls = body.path("jqls");
        if (!ids.isArray() || !jqls.isArray()) {
            throw JiraException.message(400, ApiCall.BAD_PAYLOAD);
        }
        if (ids.size() > 1000) {
            throw JiraException.field("issueIds", "The number of issue IDs must not exceed 1000.");
        }
        Set<Long> wanted = new java.util.HashSet<>();
        ids.forEach(id -> wanted.add(id.asLong()));
        ObjectNode out = Json.object();
        ArrayNode matches = out.putArray("matches");
        for (JsonNode q : jqls) {
            ObjectNode m = matches.addObject();
            ArrayNode matched = m.putArray("matchedIssues");
            ArrayNode errors = m.putArray("errors");
            try {
                Search.matching(c.jql(), q.asText(""), false).issues().stream().map(i -> Long.parseLong(i.id()))
                        .filter(wanted::contains).sorted().forEach(matched::add);
            } catch (dev.dtu.twins.jira.model.jql.JqlSyntaxException e) {
                errors.add(e.getMessage());
            } catch (dev.dtu.twins.jira.model.jql.JqlValidationException e) {
                // matches nothing, no error (see above)
            }
        }
        return Response.json(200, out);
    }

    static Response count(ApiCall c) {
        String jql = c.objectBody().path("jql").asText("");
        return Response.json(200, Json.object().put("count", Search.matching(c.jql(), jql, true).size()));
    }
}
