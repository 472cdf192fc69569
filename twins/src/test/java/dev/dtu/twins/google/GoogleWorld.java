package dev.dtu.twins.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.docs.v1.Docs;
import com.google.api.services.drive.Drive;
import com.google.api.services.sheets.v4.Sheets;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.Twins;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Assertions;

/**
 * One server for all Google tests and a fresh default-seeded universe per world, with the official Java
 * clients pointed at it (below /u/{id}/google/, or at the server root where the token picks the universe).
 */
public final class GoogleWorld {
    private static DtuServer server;

    public final String universeId;
    public final String rootUrl;
    public final String universeUrl;
    public final String appToken;
    public final Map<String, String> tokens = new HashMap<>();
    /** The universe's service-account key file and installed-app OAuth client, as its description gives them. */
    public final JsonNode serviceAccountKey;
    public final JsonNode oauthClient;

    private GoogleWorld() {
        this(Http.post(server().url() + "/_dtu/universes", "{\"name\":\"google-test\"}",
                "Content-Type", "application/json"));
    }

    private GoogleWorld(Http.Reply created) {
        Assertions.assertEquals(201, created.status(), created.body());
        JsonNode u = created.json();
        universeId = u.path("id").asText();
        rootUrl = u.path("twins").path("google").path("rootUrl").asText();
        appToken = u.path("twins").path("google").path("accessToken").asText();
        serviceAccountKey = u.path("twins").path("google").path("serviceAccount");
        oauthClient = u.path("twins").path("google").path("oauthClient").path("installed");
        universeUrl = server().url() + "/u/" + universeId + "/google/";
        JsonNode t = Http.get(server().url() + "/_dtu/universes/" + universeId + "/google/tokens").json().path("tokens");
        t.fields().forEachRemaining(e -> tokens.put(e.getKey(), e.getValue().asText()));
    }

    public static GoogleWorld create() {
        return new GoogleWorld();
    }

    /** A fork of this world's universe (its state as it is now, under a new id). */
    public GoogleWorld fork() {
        return new GoogleWorld(Http.post(server().url() + "/_dtu/universes/" + universeId + "/fork",
                "{\"name\":\"google-fork\"}", "Content-Type", "application/json"));
    }

    static synchronized DtuServer server() {
        if (server == null) {
            server = new DtuServer(new ServerConfig("127.0.0.1", 0, null, 8, 8 << 20), Twins.all()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** This world's universe state as it is now. */
    public dev.dtu.server.state.State state() {
        return server().universes().require(universeId).state();
    }

    /** Fixes this world's universe clock (what NOW() and TODAY() read). */
    public void setClock(Clock clock) {
        server().universes().require(universeId).setClock(clock);
    }

    public String serverUrl() {
        return server().url();
    }

    private static HttpRequestInitializer bearer(String token) {
        return request -> request.getHeaders().setAuthorization(token == null ? null : "Bearer " + token);
    }

    public Sheets sheets(String person) {
        return sheetsAt(universeUrl, tokens.get(person));
    }

    public Sheets sheetsAt(String root, String token) {
        return new Sheets.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), bearer(token))
                .setRootUrl(root).setApplicationName("dtu-test").build();
    }

    public Docs docs(String person) {
        return docsAt(universeUrl, tokens.get(person));
    }

    public Docs docsAt(String root, String token) {
        return new Docs.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), bearer(token))
                .setRootUrl(root).setApplicationName("dtu-test").build();
    }

    public Drive drive(String person) {
        return driveAt(universeUrl, tokens.get(person));
    }

    public Drive driveAt(String root, String token) {
        return new Drive.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), bearer(token))
                .setRootUrl(root).setApplicationName("dtu-test").build();
    }

    /** The Google error a client call fails with. */
    public static GoogleJsonResponseException error(Callable<?> call) {
        return Assertions.assertThrows(GoogleJsonResponseException.class, call::call);
    }
}
