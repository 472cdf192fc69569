package dev.dtu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.server.http.Json;
import dev.dtu.server.testing.Http;
import dev.dtu.server.testing.NotesTwin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Universe descriptions use the URL the client reached: Host, X-Forwarded-Proto/Host, or --public-url. */
class ClientUrlTest {
    private static String notesUrl(Http.Reply r) {
        return r.json().path("twins").path("notes").path("baseUrl").asText();
    }

    @Test
    void theHostHeaderTheClientSentIsUsed() throws IOException {
        try (DtuServer server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), List.of(new NotesTwin())).start();
             Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /_dtu/universes/default HTTP/1.1\r\nHost: dtu:8080\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String body = reply.substring(reply.indexOf("\r\n\r\n") + 4);
            assertEquals("http://dtu:8080/u/default/notes/",
                    Json.parse(body.getBytes(StandardCharsets.UTF_8)).path("twins").path("notes").path("baseUrl").asText());
        }
    }

    @Test
    void forwardedProtoAndHostFromAProxyAreUsed() {
        try (DtuServer server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), List.of(new NotesTwin())).start()) {
            Http.Reply r = Http.post(server.url() + "/_dtu/universes", "{\"name\":\"behind-proxy\"}",
                    "Content-Type", "application/json", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "twins.example.com");
            assertEquals(201, r.status(), r.body());
            assertEquals("https://twins.example.com/u/" + r.json().path("id").asText() + "/notes/", notesUrl(r));
        }
    }

    @Test
    void aPublicUrlWinsOverWhatTheRequestSays() {
        ServerConfig config = ServerConfig.inMemory("127.0.0.1", 0).withPublicUrl("https://dtu.example:8443/");
        try (DtuServer server = new DtuServer(config, List.of(new NotesTwin())).start()) {
            assertEquals("https://dtu.example:8443", server.url());
            String local = "http://127.0.0.1:" + server.port();
            Http.Reply r = Http.get(local + "/_dtu/universes/default", "X-Forwarded-Host", "elsewhere.example");
            assertEquals("https://dtu.example:8443/u/default/notes/", notesUrl(r));
            assertEquals("https://dtu.example:8443/u/default/notes", server.universes().require("default").twinUrl("notes"),
                    "URLs made without a request (events, webhooks) use it too");
        }
    }
}
