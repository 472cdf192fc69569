package dev.dtu.examples.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Jira Cloud REST v3 with basic auth (email and API token): file a bug, move it to Done. */
final class JiraClient {
    private final String baseUrl;
    private final String authorization;
    private final ApiCall http;

    JiraClient(String baseUrl, String email, String apiToken, ApiCall http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((email + ":" + apiToken).getBytes(StandardCharsets.UTF_8));
        this.http = http;
    }

    /** Files a Bug in the project; its key (SUP-12). */
    Optional<String> createBug(String project, String summary, String reportedText) {
        ObjectNode fields = ApiCall.JSON.createObjectNode();
        fields.putObject("project").put("key", project);
        fields.putObject("issuetype").put("name", "Bug");
        fields.put("summary", summary);
        fields.set("description", adf(reportedText));
        fields.putArray("labels").add("from-slack");
        ObjectNode body = ApiCall.JSON.createObjectNode();
        body.set("fields", fields);
        return http.send(request("/rest/api/3/issue").POST(json(body)).build())
                .map(r -> r.path("key").asText(null));
    }

    /** Moves the issue to Done through whichever transition leads there. */
    boolean resolve(String key) {
        Optional<JsonNode> transitions = http.send(request("/rest/api/3/issue/" + key + "/transitions").GET().build());
        if (transitions.isEmpty()) {
            return false;
        }
        for (JsonNode t : transitions.get().path("transitions")) {
            if (t.path("to").path("statusCategory").path("key").asText().equals("done")) {
                ObjectNode body = ApiCall.JSON.createObjectNode();
                body.putObject("transition").put("id", t.path("id").asText());
                return http.send(request("/rest/api/3/issue/" + key + "/transitions").POST(json(body)).build()).isPresent();
            }
        }
        return false;
    }

    private HttpRequest.Builder request(String path) {
        return ApiCall.request(baseUrl + path).header("Authorization", authorization)
                .header("Accept", "application/json").header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher json(JsonNode body) {
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    /** A one-paragraph Atlassian Document Format body. */
    private static ObjectNode adf(String text) {
        ObjectNode doc = ApiCall.JSON.createObjectNode().put("type", "doc").put("version", 1);
        ArrayNode paragraph = doc.putArray("content").addObject().put("type", "paragraph").putArray("content");
        paragraph.addObject().put("type", "text").put("text", text.isEmpty() ? "(no text)" : text);
        return doc;
    }
}
