package dev.dtu.twins.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.testing.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Google's answers to bodies and URLs that are too large, compressed, malformed or unusually long. */
class GoogleBodiesTest {
    private static Http.Reply post(GoogleWorld world, String path, String body) {
        return Http.post(world.universeUrl + path, body, "Content-Type", "application/json",
                "Authorization", "Bearer " + world.tokens.get("ada"));
    }

    private static JsonNode error(String body) {
        return Json.parse(body.getBytes(StandardCharsets.UTF_8)).path("error");
    }

    @Test
    void aGzipBombGetsGoogles413WithoutBeingInflatedWhole() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                z.write(zeros); // 1 GiB inflated, about 1 MB on the wire
            }
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(world.universeUrl + "v4/spreadsheets"))
                .header("Authorization", "Bearer " + world.tokens.get("ada"))
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        JsonNode error = error(r.body());
        assertEquals(413, error.path("code").asInt());
        assertEquals("Request payload size exceeds the limit: " + (8 << 20) + " bytes.", error.path("message").asText());
    }

    @Test
    void malformedJsonGetsGooglesParserWordingWithAPointer() {
        GoogleWorld world = GoogleWorld.create();
        Http.Reply r = post(world, "v4/spreadsheets", "{\"properties\": x}");
        assertEquals(400, r.status());
        assertEquals("Invalid JSON payload received. Unexpected token.\n{\"properties\": x}\n               ^",
                r.json().path("error").path("message").asText());
        Http.Reply deep = post(world, "v4/spreadsheets", "{\"a\":" + "[".repeat(5_000));
        assertEquals(400, deep.status());
        String message = deep.json().path("error").path("message").asText();
        assertTrue(message.startsWith("Invalid JSON payload received."), message);
        assertFalse(message.contains("`") || message.contains("Constraints"), message);
        Http.Reply missingComma = post(world, "v4/spreadsheets", "{\"a\":1 \"b\":2}");
        assertTrue(missingComma.json().path("error").path("message").asText()
                .startsWith("Invalid JSON payload received. Expected , or } after key:value pair."), missingComma.body());
    }

    @Test
    void valuesBatchGetTakesThousandsOfRanges() {
        GoogleWorld world = GoogleWorld.create();
        Http.Reply created = post(world, "v4/spreadsheets", "{}");
        assertEquals(200, created.status(), created.body());
        String id = created.json().path("spreadsheetId").asText();
        StringBuilder q = new StringBuilder();
        for (int i = 1; i <= 3_000; i++) {
            q.append(i == 1 ? "?" : "&").append("ranges=A").append(i);
        }
        Http.Reply r = Http.get(world.universeUrl + "v4/spreadsheets/" + id + "/values:batchGet" + q,
                "Authorization", "Bearer " + world.tokens.get("ada"));
        assertEquals(200, r.status(), r.body().substring(0, Math.min(300, r.body().length())));
        assertEquals(3_000, r.json().path("valueRanges").size());
    }

    @Test
    void anEscapeThatIsNotUtf8GetsGooglesEnvelope() throws IOException {
        GoogleWorld world = GoogleWorld.create();
        URI root = URI.create(world.serverUrl());
        try (Socket s = new Socket(root.getHost(), root.getPort())) {
            s.getOutputStream().write(("GET /v4/spreadsheets/%C3%28 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + world.appToken + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            JsonNode error = error(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertEquals(400, error.path("code").asInt());
            assertEquals("INVALID_ARGUMENT", error.path("status").asText());
        }
    }
}
