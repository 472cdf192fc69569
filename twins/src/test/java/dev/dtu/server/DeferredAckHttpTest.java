package dev.dtu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.EntityKey;
import dev.dtu.server.state.State;
import dev.dtu.server.state.StateStore;
import dev.dtu.server.testing.NotesTwin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A durable write is answered only once its commit completes (the IO thread is not held meanwhile), and a
 * commit that fails answers the vendor's 500 instead of hanging or claiming success.
 */
class DeferredAckHttpTest {
    /** A store whose commits the test completes by hand. */
    static final class ControlledStore extends StateStore.KeepsNothing {
        final LinkedBlockingQueue<CompletableFuture<Void>> commits = new LinkedBlockingQueue<>();

        @Override
        public Durable enqueueChanges(String universeId, State state, Set<EntityKey> dirty) {
            CompletableFuture<Void> commit = new CompletableFuture<>();
            commits.add(commit);
            return () -> commit;
        }
    }

    private final ControlledStore store = new ControlledStore();
    private final HttpClient http = HttpClient.newHttpClient();
    private DtuServer server;
    private String base;
    private String token;

    @BeforeEach
    void start() throws Exception {
        server = new DtuServer(new ServerConfig("127.0.0.1", 0, null, 8, 4096), List.of(new NotesTwin()), store).start();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/_dtu/universes"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"acks\"}")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode u = Json.parse(created.body().getBytes(StandardCharsets.UTF_8));
        base = u.path("twins").path("notes").path("baseUrl").asText();
        token = u.path("twins").path("notes").path("token").asText();
        store.commits.clear(); // the seed's own writes, if any
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CompletableFuture<HttpResponse<String>> postNote(String text) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "notes"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theAnswerWaitsForTheCommitWithoutHoldingTheServer() throws Exception {
        CompletableFuture<HttpResponse<String>> first = postNote("one");
        CompletableFuture<Void> firstCommit = store.commits.poll(10, TimeUnit.SECONDS);
        CompletableFuture<HttpResponse<String>> second = postNote("two");
        CompletableFuture<Void> secondCommit = store.commits.poll(10, TimeUnit.SECONDS);
        assertTrue(firstCommit != null && secondCommit != null, "both writes reached the store while neither was committed");
        assertFalse(first.isDone(), "not answered before its commit");

        secondCommit.complete(null);
        assertEquals(201, second.get(10, TimeUnit.SECONDS).statusCode());
        assertFalse(first.isDone(), "one commit does not answer another write");
        firstCommit.complete(null);
        assertEquals(201, first.get(10, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void aFailedCommitAnswersTheVendorsServerError() throws Exception {
        CompletableFuture<HttpResponse<String>> post = postNote("lost");
        store.commits.poll(10, TimeUnit.SECONDS).completeExceptionally(new IllegalStateException("disk full"));
        HttpResponse<String> answer = post.get(10, TimeUnit.SECONDS);
        assertEquals(500, answer.statusCode());
        assertEquals("internal error", Json.parse(answer.body().getBytes(StandardCharsets.UTF_8)).path("problem").asText());
    }
}
