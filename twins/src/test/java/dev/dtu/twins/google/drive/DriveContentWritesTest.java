package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.util.DateTime;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.Change;
import com.google.api.services.drive.model.File;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.twins.google.GoogleWorld;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What writes through the Sheets and Docs APIs do to their Drive file: modifiedTime, version, the changes feed. */
class DriveContentWritesTest {
    static GoogleWorld world;
    static Drive drive;
    static Sheets sheets;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        drive = world.drive("ada");
        sheets = world.sheets("ada");
    }

    private static void at(String instant) {
        world.setClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void sheetsValueWritesTouchTheFileAndReachTheChangesFeed() throws Exception {
        at("2026-03-01T10:00:00Z");
        String id = sheets.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties()
                .setTitle("ledger"))).execute().getSpreadsheetId();
        File before = drive.files().get(id).setFields("modifiedTime,version").execute();
        assertEquals(new DateTime("2026-03-01T10:00:00.000Z"), before.getModifiedTime());
        String token = drive.changes().getStartPageToken().execute().getStartPageToken();

        at("2026-03-01T11:00:00Z");
        sheets.spreadsheets().values().update(id, "A1", new ValueRange().setValues(List.of(List.of("x"))))
                .setValueInputOption("RAW").execute();
        File afterUpdate = drive.files().get(id).setFields("modifiedTime,version,lastModifyingUser").execute();
        assertEquals(new DateTime("2026-03-01T11:00:00.000Z"), afterUpdate.getModifiedTime());
        assertTrue(afterUpdate.getVersion() > before.getVersion());
        List<Change> changes = drive.changes().list(token).execute().getChanges();
        assertEquals(List.of(id), changes.stream().map(Change::getFileId).toList());

        at("2026-03-01T12:00:00Z");
        sheets.spreadsheets().values().append(id, "A1", new ValueRange().setValues(List.of(List.of("y"))))
                .setValueInputOption("USER_ENTERED").execute();
        assertEquals(new DateTime("2026-03-01T12:00:00.000Z"),
                drive.files().get(id).setFields("modifiedTime").execute().getModifiedTime());
        at("2026-03-01T13:00:00Z");
        sheets.spreadsheets().values().clear(id, "A1:A2", new com.google.api.services.sheets.v4.model.ClearValuesRequest())
                .execute();
        assertEquals(new DateTime("2026-03-01T13:00:00.000Z"),
                drive.files().get(id).setFields("modifiedTime").execute().getModifiedTime());
        at("2026-03-01T14:00:00Z");
        world.docs("ada").documents().batchUpdate(docId(), new com.google.api.services.docs.v1.model.BatchUpdateDocumentRequest()
                .setRequests(List.of(new com.google.api.services.docs.v1.model.Request().setInsertText(
                        new com.google.api.services.docs.v1.model.InsertTextRequest().setText("hi")
                                .setLocation(new com.google.api.services.docs.v1.model.Location().setIndex(1))))))
                .execute();
        assertEquals(new DateTime("2026-03-01T14:00:00.000Z"),
                drive.files().get(docId()).setFields("modifiedTime").execute().getModifiedTime());
    }

    private static String doc;

    private static String docId() throws Exception {
        if (doc == null) {
            doc = world.docs("ada").documents().create(new com.google.api.services.docs.v1.model.Document()
                    .setTitle("notes")).execute().getDocumentId();
        }
        return doc;
    }
}
