package dev.dtu.twins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.testing.Http;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every twin's entities survive the H2 store: a universe used through all four twins reads back, after a
 * restart on the same data directory, as exactly the same state.
 */
class AllTwinsDurabilityTest {
    @TempDir
    Path dataDir;

    private DtuServer start() {
        return new DtuServer(ServerConfig.inMemory("127.0.0.1", 0).withDataDir(dataDir), Twins.all()).start();
    }

    @Test
    void everyTwinsStateRoundTripsThroughTheStore() {
        String id;
        JsonNode before;
        try (DtuServer server = start()) {
            JsonNode u = Http.post(server.url() + "/_dtu/universes", "{\"name\":\"all\"}").json();
            id = u.path("id").asText();
            JsonNode t = u.path("twins");
            Http.Reply slack = Http.post(t.path("slack").path("baseUrl").asText() + "chat.postMessage",
                    "{\"channel\":\"support\",\"text\":\"kept\"}",
                    "Authorization", "Bearer " + t.path("slack").path("botToken").asText(), "Content-Type", "application/json; charset=utf-8");
            assertTrue(slack.json().path("ok").asBoolean(), slack.body());
            String bot = "Bearer " + t.path("slack").path("botToken").asText();
            Http.post(t.path("slack").path("baseUrl").asText() + "conversations.join",
                    "channel=" + slack.json().path("channel").asText(), "Authorization", bot,
                    "Content-Type", "application/x-www-form-urlencoded");
            Http.Reply upload = Http.post(t.path("slack").path("baseUrl").asText() + "files.getUploadURLExternal",
                    "filename=kept.txt&length=4", "Authorization", bot, "Content-Type", "application/x-www-form-urlencoded");
            assertTrue(upload.json().path("ok").asBoolean(), upload.body());
            assertEquals(200, Http.post(upload.json().path("upload_url").asText(), "kept").status());
            Http.Reply shared = Http.post(t.path("slack").path("baseUrl").asText() + "files.completeUploadExternal",
                    "{\"files\":[{\"id\":\"" + upload.json().path("file_id").asText() + "\"}],\"channel_id\":\""
                            + slack.json().path("channel").asText() + "\"}",
                    "Authorization", bot, "Content-Type", "application/json; charset=utf-8");
            assertTrue(shared.json().path("ok").asBoolean(), shared.body());

            String basic = Base64.getEncoder().encodeToString((t.path("jira").path("email").asText() + ":"
                    + t.path("jira").path("apiToken").asText()).getBytes(StandardCharsets.UTF_8));
            Http.Reply jira = Http.post(t.path("jira").path("baseUrl").asText() + "/rest/api/3/issue",
                    "{\"fields\":{\"project\":{\"key\":\"SUP\"},\"issuetype\":{\"name\":\"Bug\"},\"summary\":\"kept\"}}",
                    "Authorization", "Basic " + basic, "Content-Type", "application/json");
            assertEquals(201, jira.status(), jira.body());

            Http.Reply okta = Http.post(t.path("okta").path("orgUrl").asText() + "/api/v1/users?activate=true",
                    "{\"profile\":{\"firstName\":\"Kept\",\"lastName\":\"User\",\"email\":\"kept@northwind.example\",\"login\":\"kept@northwind.example\"}}",
                    "Authorization", "SSWS " + t.path("okta").path("apiToken").asText(), "Content-Type", "application/json");
            assertEquals(200, okta.status(), okta.body());
            Http.Reply keys = Http.get(t.path("okta").path("issuer").asText() + "/v1/keys");
            assertEquals(200, keys.status(), "signing keys are made on first use and must be kept too");

            Http.Reply sheet = Http.post(t.path("google").path("rootUrl").asText() + "v4/spreadsheets",
                    "{\"properties\":{\"title\":\"Kept\"},\"sheets\":[{\"properties\":{\"title\":\"S\"}}]}",
                    "Authorization", "Bearer " + t.path("google").path("accessToken").asText(), "Content-Type", "application/json");
            assertEquals(200, sheet.status(), sheet.body());
            String sheetId = sheet.json().path("spreadsheetId").asText();
            Http.Reply values = Http.send("PUT", t.path("google").path("rootUrl").asText() + "v4/spreadsheets/" + sheetId
                            + "/values/S!A1:B1?valueInputOption=USER_ENTERED", "{\"values\":[[\"2\",\"=A1*21\"]]}",
                    "Authorization", "Bearer " + t.path("google").path("accessToken").asText(), "Content-Type", "application/json");
            assertEquals(200, values.status(), values.body());
            Http.Reply doc = Http.post(t.path("google").path("rootUrl").asText() + "v1/documents", "{\"title\":\"Kept doc\"}",
                    "Authorization", "Bearer " + t.path("google").path("accessToken").asText(), "Content-Type", "application/json");
            assertEquals(200, doc.status(), doc.body());

            before = Http.get(server.url() + "/_dtu/universes/" + id + "/state").json();
        }
        try (DtuServer again = start()) {
            JsonNode after = Http.get(again.url() + "/_dtu/universes/" + id + "/state").json();
            for (String twin : new String[] {"slack", "okta", "jira", "google"}) {
                assertEquals(before.path(twin), after.path(twin), twin + " state after a restart");
            }
            assertTrue(after.toString().contains("Kept doc") && after.toString().contains("kept@northwind.example"));
            assertTrue(after.path("slack").path("files").size() == 1, "the uploaded file (bytes included) is kept");
        }
    }
}
