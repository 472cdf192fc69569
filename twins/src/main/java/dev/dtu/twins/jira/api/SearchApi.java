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
        IssueViews views = new IssueViews(c.base(), c.dir());
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

    static Response count(ApiCall c) {
        String jql = c.objectBody().path("jql").asText("");
        return Response.json(200, Json.object().put("count", Search.matching(c.jql(), jql, true).size()));
    }
}
