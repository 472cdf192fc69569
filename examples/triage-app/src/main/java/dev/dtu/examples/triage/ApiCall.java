package dev.dtu.examples.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP to SaaS APIs the way a careful app does it: on 429 wait what Retry-After says, on 5xx or a dropped
 * connection back off exponentially, give up after a few attempts.
 */
final class ApiCall {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 5;
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    private final boolean ignoreRetryAfter;

    ApiCall(boolean ignoreRetryAfter) {
        this.ignoreRetryAfter = ignoreRetryAfter;
    }

    /** The answer's JSON, or empty when every attempt failed. */
    Optional<JsonNode> send(HttpRequest request) {
        long backoff = 100;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            HttpResponse<String> response;
            try {
                response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                sleep(backoff);
                backoff *= 2;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            int status = response.statusCode();
            if (status == 429) {
                if (ignoreRetryAfter) {
                    continue; // the planted bug: hammer the API again at once
                }
                sleep(1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
                continue;
            }
            if (status >= 500) {
                sleep(backoff);
                backoff *= 2;
                continue;
            }
            try {
                return Optional.of(response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
