package dev.dtu.examples.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Jira Cloud REST v3 with basic auth (email and API token): file a bug, move it to Done. Atlassian publishes no
 * Java client for Jira Cloud on Maven Central, so this one is plain HTTP: on 429 it waits what Retry-After says,
 * on 5xx or a dropped connection it backs off, and it gives up after a few attempts
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/).
 */
final class JiraClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 5;
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;
    private final String authorization;

    JiraClient(String baseUrl, String email, String apiToken) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((email + ":" + apiToken).getBytes(StandardCharsets.UTF_8));
    }

    /** Files a Bug in the project; its key (SUP-12). */
    Optional<String> createBug(String project, String summary, String reportedText) {
        ObjectNode fields = JSON.createObjectNode();
        fields.putObject("project").put("key", project);
        fields.putObject("issuetype").put("name", "Bug");
        fields.put("summary", summary);
        fields.set("description", adf(reportedText));
        fields.putArray("labels").add("from-slack");
        ObjectNode body = JSON.createObjectNode();
        body.set("fields", fields);
        return send(request("/rest/api/3/issue").POST(json(body)).build())
                .map(r -> r.path("key").asText(null));
    }

    /** Moves the issue to Done through whichever transition leads there. */
    boolean resolve(String key) {
        Optional<JsonNode> transitions = send(request("/rest/api/3/issue/" + key + "/transitions").GET().build());
        if (transitions.isEmpty()) {
            return false;
        }
        for (JsonNode t : transitions.get().path("transitions")) {
            if (t.path("to").path("statusCategory").path("key").asText().equals("done")) {
                ObjectNode body = JSON.createObjectNode();
                body.putObject("transition").put("id", t.path("id").asText());
                return send(request("/rest/api/3/issue/" + key + "/transitions").POST(json(body)).build()).isPresent();
            }
        }
        return false;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10)).header("Authorization", authorization)
                .header("Accept", "application/json").header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher json(JsonNode body) {
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    /** A one-paragraph Atlassian Document Format body. */
    private static ObjectNode adf(String text) {
        ObjectNode doc = JSON.createObjectNode().put("type", "doc").put("version", 1);
        ArrayNode paragraph = doc.putArray("content").addObject().put("type", "paragraph").putArray("content");
        paragraph.addObject().put("type", "text").put("text", text.isEmpty() ? "(no text)" : text);
        return doc;
    }

    /** The answer's JSON, or empty when every attempt failed. */
    private static Optional<JsonNode> send(HttpRequest request) {
        long backoff = 100;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            HttpResponse<String> response;
            try {
                response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                Pause.millis(backoff);
                backoff *= 2;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            int status = response.statusCode();
            if (status == 429) {
                Pause.millis(1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
            } else if (status >= 500) {
                Pause.millis(backoff);
                backoff *= 2;
            } else if (status >= 400) {
                return Optional.empty();
            } else {
                try {
                    return Optional.of(response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body()));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
