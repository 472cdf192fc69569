package dev.dtu.twins.google;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.docs.v1.Docs;
import com.google.api.services.docs.v1.model.BatchUpdateDocumentRequest;
import com.google.api.services.docs.v1.model.InsertTextRequest;
import com.google.api.services.docs.v1.model.Location;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.AddSheetRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateValuesRequest;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.SheetProperties;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.server.testing.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sheets and Docs reject a body naming a field their message lacks, in the proto JSON parser's words; Drive ignores it. */
class GoogleUnknownFieldsTest {
    static GoogleWorld world;
    static Sheets sheets;
    static Docs docs;
    static Drive drive;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        sheets = world.sheets("ada");
        docs = world.docs("ada");
        drive = world.drive("ada");
    }

    private static String spreadsheet() throws Exception {
        return sheets.spreadsheets().create(new Spreadsheet()).execute().getSpreadsheetId();
    }

    private static String message(GoogleJsonResponseException e) {
        return e.getDetails().getMessage();
    }

    @Test
    void anUnknownRequestKindIsNamedAtItsIndexAndNothingIsApplied() throws Exception {
        String id = spreadsheet();
        GoogleJsonResponseException e = GoogleWorld.error(() -> sheets.spreadsheets().batchUpdate(id,
                new BatchUpdateSpreadsheetRequest().setRequests(List.of(
                        new Request().setAddSheet(new AddSheetRequest().setProperties(new SheetProperties().setTitle("B"))),
                        new Request().set("foo", Map.of())))).execute());
        assertEquals(400, e.getStatusCode());
        assertEquals("Invalid JSON payload received. Unknown name \"foo\" at 'requests[1]': Cannot find field.",
                message(e));
        assertEquals(1, sheets.spreadsheets().get(id).execute().getSheets().size(), "the batch is not applied");
    }

    @Test
    void everyUnknownNameIsListedWithItsFieldViolation() {
        Http.Reply r = post("v4/spreadsheets/" + uncheckedSpreadsheet() + ":batchUpdate",
                "{\"requests\":[{\"addSheet\":{\"properties\":{\"titel\":\"B\"}}}],\"bogus\":1}");
        assertEquals(400, r.status());
        assertEquals("INVALID_ARGUMENT", r.json().path("error").path("status").asText());
        assertEquals("Invalid JSON payload received. Unknown name \"titel\" at 'requests[0].add_sheet.properties': "
                + "Cannot find field.\nInvalid JSON payload received. Unknown name \"bogus\": Cannot find field.",
                r.json().path("error").path("message").asText());
        var details = r.json().path("error").path("details").get(0);
        assertEquals("type.googleapis.com/google.rpc.BadRequest", details.path("@type").asText());
        assertEquals("requests[0].add_sheet.properties", details.path("fieldViolations").get(0).path("field").asText());
        assertEquals(false, details.path("fieldViolations").get(1).has("field"), "a name at the top has no field");
    }

    @Test
    void aKnownBodyPasses() {
        Http.Reply r = post("v4/spreadsheets/" + uncheckedSpreadsheet() + ":batchUpdate",
                "{\"requests\":[{\"addSheet\":{\"properties\":{\"title\":\"B\",\"gridProperties\":"
                        + "{\"rowCount\":3}}}}],\"includeSpreadsheetInResponse\":false}");
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void valuesBodiesAreChecked() throws Exception {
        String id = spreadsheet();
        GoogleJsonResponseException update = GoogleWorld.error(() -> sheets.spreadsheets().values()
                .update(id, "A1", new ValueRange().setValues(List.of(List.of("x"))).set("valueInputOption", "RAW"))
                .setValueInputOption("RAW").execute());
        assertEquals("Invalid JSON payload received. Unknown name \"valueInputOption\": Cannot find field.",
                message(update));
        GoogleJsonResponseException batch = GoogleWorld.error(() -> sheets.spreadsheets().values()
                .batchUpdate(id, new BatchUpdateValuesRequest().setValueInputOption("RAW").setData(List.of(
                        new ValueRange().setRange("A1").setValues(List.of(List.of("x"))).set("value", "y")))).execute());
        assertEquals("Invalid JSON payload received. Unknown name \"value\" at 'data[0]': Cannot find field.",
                message(batch));
        assertEquals(null, sheets.spreadsheets().values().get(id, "A1").execute().getValues());
    }

    @Test
    void docsBatchUpdateIsChecked() throws Exception {
        String id = docs.documents().create(new com.google.api.services.docs.v1.model.Document().setTitle("d"))
                .execute().getDocumentId();
        GoogleJsonResponseException e = GoogleWorld.error(() -> docs.documents().batchUpdate(id,
                new BatchUpdateDocumentRequest().setRequests(List.of(new com.google.api.services.docs.v1.model.Request()
                        .setInsertText(new InsertTextRequest().setText("hi").setLocation(new Location().setIndex(1))
                                .set("font", "Arial"))))).execute());
        assertEquals(400, e.getStatusCode());
        assertEquals("Invalid JSON payload received. Unknown name \"font\" at 'requests[0].insert_text': "
                + "Cannot find field.", message(e));
    }

    /** Drive v3 drops names it does not know: v2's title leaves the file Untitled (googleworkspace/node-samples#202). */
    @Test
    void driveIgnoresUnknownNames() throws Exception {
        File made = drive.files().create(new File().set("title", "photo.jpg").setMimeType("text/plain"))
                .setFields("id,name").execute();
        assertEquals("Untitled", made.getName());
        File renamed = drive.files().update(made.getId(), new File().setName("a.txt").set("colour", "red"))
                .setFields("name").execute();
        assertEquals("a.txt", renamed.getName());
    }

    private static String uncheckedSpreadsheet() {
        try {
            return spreadsheet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Http.Reply post(String path, String body) {
        return Http.post(world.universeUrl + path, body, "Content-Type", "application/json",
                "Authorization", "Bearer " + world.tokens.get("ada"));
    }
}
