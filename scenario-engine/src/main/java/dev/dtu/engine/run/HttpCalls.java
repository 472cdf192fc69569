package dev.dtu.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The engine's HTTP: to the twins' admin API and to the app under test. */
public final class HttpCalls {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private HttpCalls() {}

    /** An answer: status and body; status 0 when nothing answered (the error says why). */
    public record Answer(int status, String body, String error) {
        public JsonNode json() {
            try {
                return Json.parse(body.getBytes(StandardCharsets.UTF_8));
            } catch (Json.MalformedJsonException e) {
                return Json.MAPPER.getNodeFactory().textNode(body);
            }
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public static Answer send(String method, String url, JsonNode body, Duration timeout) {
        return send(method, url, java.util.Map.of(), body, timeout);
    }

    /** With headers, which replace the engine's own ({@code Content-Type: application/json} for a JSON body). */
    public static Answer send(String method, String url, java.util.Map<String, String> headers, JsonNode body, Duration timeout) {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        } catch (IllegalArgumentException e) {
            return new Answer(0, "", "bad URL " + url + ": " + e.getMessage());
        }
        if (body == null || body.isNull()) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.isTextual() ? body.asText() : body.toString()));
        }
        try {
            headers.forEach(b::setHeader);
        } catch (IllegalArgumentException e) {
            return new Answer(0, "", "cannot send that header: " + e.getMessage());
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), null);
        } catch (IOException e) {
            return new Answer(0, "", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", "interrupted");
        } catch (IllegalArgumentException e) {
            return new Answer(0, "", "bad URL " + url + ": " + e.getMessage());
        }
    }
}
