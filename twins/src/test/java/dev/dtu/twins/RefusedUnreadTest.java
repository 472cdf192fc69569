package dev.dtu.twins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.testing.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request whose headers carry no credential of the universe, announcing a large body that never comes: each
 * vendor refuses it in its own words at once, without waiting for the body (issue 15 item 4).
 */
class RefusedUnreadTest {
    static DtuServer server;
    static String id;

    @BeforeAll
    static void start() {
        server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start();
        id = Http.post(server.url() + "/_dtu/universes", "{\"name\":\"unread\"}").json().path("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void slackRefusesAnUnknownHeaderTokenAndAJsonBodyWithoutOne() throws Exception {
        String path = "/u/" + id + "/slack/api/chat.postMessage";
        assertEquals("invalid_auth", answer(path, "Authorization: Bearer xoxb-not-issued-here").path("error").asText());
        assertEquals("not_authed", answer(path, "").path("error").asText());
    }

    @Test
    void oktaRefusesAManagementCallWithoutItsApiToken() throws Exception {
        JsonNode body = answer("/u/" + id + "/okta/api/v1/users", "Authorization: SSWS 00not-issued-here");
        assertEquals("E0000011", body.path("errorCode").asText(), body.toString());
    }

    @Test
    void jiraRefusesUnknownBasicCredentialsAndAMissingOne() throws Exception {
        String path = "/u/" + id + "/jira/rest/api/3/issue";
        assertTrue(text(path, "Authorization: Basic bm86Ym9keQ==").startsWith("Client must be authenticated"));
        assertTrue(Json.parse(text(path, "").getBytes(StandardCharsets.UTF_8)).has("errorMessages"));
    }

    @Test
    void googleRefusesAnUnknownAccessToken() throws Exception {
        JsonNode body = answer("/u/" + id + "/google/v4/spreadsheets", "Authorization: Bearer ya29.not-issued-here");
        assertEquals(401, body.path("error").path("code").asInt(), body.toString());
    }

    /** Announces 8 MiB of JSON, sends its first bytes, and reads the answer that must come before the rest. */
    private static JsonNode answer(String path, String credentialHeader) throws IOException {
        return Json.parse(text(path, credentialHeader).getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String path, String credentialHeader) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            String header = credentialHeader.isEmpty() ? "" : credentialHeader + "\r\n";
            s.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: x\r\n" + header
                    + "Content-Type: application/json\r\nContent-Length: " + (8 << 20) + "\r\n\r\n{\"text\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("closed after " + head);
                }
                head.write(b);
            }
            int length = 0;
            for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            return new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }
    }
}
