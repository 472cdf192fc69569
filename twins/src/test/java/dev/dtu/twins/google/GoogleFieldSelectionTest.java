package dev.dtu.twins.google;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import dev.dtu.server.testing.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Field selections through the framework's one parser ({@code dev.dtu.server.resource.convention.FieldMask}): the
 * {@code fields} parameter and the masks of update requests, and Google's 400 for a selection it cannot read.
 */
class GoogleFieldSelectionTest {
    static GoogleWorld world;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
    }

    private static Http.Reply send(String method, String path, String body) throws Exception {
        return Http.send(method, world.universeUrl + path, body, "Content-Type", "application/json",
                "Authorization", "Bearer " + world.tokens.get("ada"));
    }

    @Test
    void aSlashADotAndAGroupSelectTheSameParts() throws Exception {
        String id = world.sheets("ada").spreadsheets().create(new Spreadsheet()
                .setProperties(new SpreadsheetProperties().setTitle("masks"))).execute().getSpreadsheetId();
        JsonNode slash = send("GET", "v4/spreadsheets/" + id + "?fields=sheets/properties/title", null).json();
        assertEquals("Sheet1", slash.path("sheets").path(0).path("properties").path("title").asText(), slash.toString());
        assertEquals(1, slash.path("sheets").path(0).path("properties").size(), slash.toString());
        assertEquals(slash, send("GET", "v4/spreadsheets/" + id + "?fields=sheets.properties.title", null).json());
        assertEquals(slash, send("GET", "v4/spreadsheets/" + id + "?fields=sheets(properties(title))", null).json());
    }

    @Test
    void aSelectionGoogleCannotReadIsItsInvalidParameter() throws Exception {
        Http.Reply reply = send("GET", "drive/v3/files?fields=files(id", null);
        assertEquals(400, reply.status(), reply.body());
        JsonNode error = reply.json().path("error");
        assertEquals("Invalid field selection files(id", error.path("message").asText());
        assertEquals("fields", error.path("errors").path(0).path("location").asText(), error.toString());
    }

    @Test
    void aBadMaskInAnUpdateRequestNamesTheRequest() throws Exception {
        String id = world.sheets("ada").spreadsheets().create(new Spreadsheet()
                .setProperties(new SpreadsheetProperties().setTitle("bad mask"))).execute().getSpreadsheetId();
        Http.Reply reply = send("POST", "v4/spreadsheets/" + id + ":batchUpdate", """
                {"requests": [{"repeatCell": {"range": {"sheetId": 0}, "cell": {"userEnteredFormat": {}},
                  "fields": "userEnteredFormat(textFormat"}}]}""");
        assertEquals(400, reply.status(), reply.body());
        assertEquals("Invalid requests[0].repeatCell: Invalid field selection userEnteredFormat(textFormat",
                reply.json().path("error").path("message").asText());
    }
}
