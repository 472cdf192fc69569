package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Issue;
import java.util.List;
import java.util.TreeSet;

/**
 * Get all labels (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-labels/): every label on the
 * site's issues, in order, as a page (startAt, maxResults up to 1000, total, isLast).
 */
final class LabelsApi {
    private LabelsApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/label", LabelsApi::all);
    }

    static Response all(ApiCall c) {
        TreeSet<String> labels = new TreeSet<>();
        c.dir().issues().stream().map(Issue::labels).forEach(labels::addAll);
        List<String> sorted = List.copyOf(labels);
        int startAt = Math.max(0, c.intQuery("startAt", 0));
        int maxResults = Math.clamp(c.intQuery("maxResults", 1000), 0, 1000);
        ObjectNode page = Json.object().put("maxResults", maxResults).put("startAt", startAt).put("total", sorted.size())
                .put("isLast", startAt + maxResults >= sorted.size());
        ArrayNode values = page.putArray("values");
        sorted.stream().skip(startAt).limit(maxResults).forEach(values::add);
        return Response.json(200, page);
    }
}
