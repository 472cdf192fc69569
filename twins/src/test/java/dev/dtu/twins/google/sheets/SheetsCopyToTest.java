package dev.dtu.twins.google.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.drive.model.Permission;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.CopySheetToAnotherSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.SheetProperties;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** spreadsheets.sheets.copyTo through the Java client. */
class SheetsCopyToTest {
    static GoogleWorld world;
    static Sheets ada;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        ada = world.sheets("ada");
    }

    private static String create(Sheets sheets, String title) throws Exception {
        return sheets.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties().setTitle(title)))
                .execute().getSpreadsheetId();
    }

    private static int firstSheet(String id) throws Exception {
        return ada.spreadsheets().get(id).execute().getSheets().get(0).getProperties().getSheetId();
    }

    private static CopySheetToAnotherSpreadsheetRequest to(String id) {
        return new CopySheetToAnotherSpreadsheetRequest().setDestinationSpreadsheetId(id);
    }

    @Test
    void aSheetIsCopiedWithItsValuesAndFormulasToTheEndOfAnotherSpreadsheet() throws Exception {
        String source = create(ada, "source");
        String target = create(ada, "target");
        ada.spreadsheets().values().update(source, "A1:B2", new ValueRange().setValues(List.of(
                List.of("a", "2"), List.of("b", "=B1*3")))).setValueInputOption("USER_ENTERED").execute();
        int sheetId = firstSheet(source);

        SheetProperties copied = ada.spreadsheets().sheets().copyTo(source, sheetId, to(target)).execute();
        assertEquals("Copy of Sheet1", copied.getTitle());
        assertEquals(1, copied.getIndex(), "added after the destination's sheets");
        assertEquals(List.of(List.of("a", "2"), List.of("b", "6")), ada.spreadsheets().values()
                .get(target, "'Copy of Sheet1'!A1:B2").execute().getValues());
        assertEquals(List.of(List.of("=B1*3")), ada.spreadsheets().values().get(target, "'Copy of Sheet1'!B2")
                .setValueRenderOption("FORMULA").execute().getValues());
        assertEquals("Copy of Sheet1 2", ada.spreadsheets().sheets().copyTo(source, sheetId, to(target)).execute()
                .getTitle());
        assertEquals("Copy of Sheet1", ada.spreadsheets().sheets().copyTo(source, sheetId, to(source)).execute()
                .getTitle(), "a spreadsheet may be its own destination");
        assertEquals(3, ada.spreadsheets().get(target).execute().getSheets().size());
    }

    @Test
    void theSourceTakesReadAccessAndTheDestinationWriteAccess() throws Exception {
        String source = create(ada, "mine");
        int sheetId = firstSheet(source);
        Sheets linus = world.sheets("linus");
        String his = create(linus, "his");
        GoogleJsonResponseException noSource = GoogleWorld.error(() -> linus.spreadsheets().sheets()
                .copyTo(source, sheetId, to(his)).execute());
        assertEquals(403, noSource.getStatusCode());
        world.drive("ada").permissions().create(source, new Permission().setType("user").setRole("reader")
                .setEmailAddress("linus.pauling@northwind.example")).execute();
        assertEquals("Copy of Sheet1", linus.spreadsheets().sheets().copyTo(source, sheetId, to(his)).execute()
                .getTitle());
        assertEquals(403, GoogleWorld.error(() -> linus.spreadsheets().sheets().copyTo(source, sheetId, to(source))
                .execute()).getStatusCode(), "a reader cannot add to the spreadsheet");
        assertEquals(400, GoogleWorld.error(() -> ada.spreadsheets().sheets().copyTo(source, 987654, to(source))
                .execute()).getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> ada.spreadsheets().sheets()
                .copyTo(source, sheetId, new CopySheetToAnotherSpreadsheetRequest()).execute()).getStatusCode());
        assertEquals(404, GoogleWorld.error(() -> ada.spreadsheets().sheets().copyTo(source, sheetId, to("nope"))
                .execute()).getStatusCode());
    }
}
