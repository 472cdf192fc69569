package dev.dtu.twins.google.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.AppendDimensionRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.DimensionRange;
import com.google.api.services.sheets.v4.model.InsertDimensionRequest;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.twins.google.GoogleWorld;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #15 item 6: a thousand insertDimension requests in one batchUpdate over a sheet of formulas. The formulas
 * follow every insert as they would one batch at a time; the work is one rewrite of each formula for the whole run,
 * not one per request (the assertions are on the results; the timeout only guards against a hang).
 */
class SheetsBatchWorkTest {
    static GoogleWorld world;
    static Sheets ada;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        ada = world.sheets("ada");
    }

    @Test
    void aThousandInsertsMoveEveryFormulaOnce() throws Exception {
        String id = ada.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties()
                .setTitle("formulas"))).execute().getSpreadsheetId();
        int formulas = 2_000;
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 1; r <= formulas; r++) {
            rows.add(List.of(r, "=A" + r + "*2", "=$A$1+A" + r));
        }
        ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(new Request()
                .setAppendDimension(new AppendDimensionRequest().setSheetId(0).setDimension("ROWS").setLength(1_000)))))
                .execute();
        ada.spreadsheets().values().update(id, "Sheet1!A1:C" + formulas, new ValueRange().setValues(rows))
                .setValueInputOption("USER_ENTERED").execute();
        List<Request> inserts = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) { // every other row: before row i of the original sheet
            inserts.add(new Request().setInsertDimension(new InsertDimensionRequest().setInheritFromBefore(false)
                    .setRange(new DimensionRange().setSheetId(0).setDimension("ROWS").setStartIndex(2 * i)
                            .setEndIndex(2 * i + 1))));
        }
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofMinutes(2), () ->
                ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(inserts)).execute());

        // Original row r (1-based) now sits at row 2r for r <= 1000 and at r + 1000 after.
        ValueRange shown = ada.spreadsheets().values().get(id, "Sheet1!A1:C3000").setValueRenderOption("FORMULA").execute();
        List<List<Object>> values = shown.getValues();
        assertEquals(List.of("1", "=A2*2", "=$A$2+A2"), strings(values.get(1)));
        assertEquals(List.of(), values.get(0), "an inserted row is empty");
        assertEquals(List.of("1000", "=A2000*2", "=$A$2+A2000"), strings(values.get(1999)));
        assertEquals(List.of("2000", "=A3000*2", "=$A$2+A3000"), strings(values.get(2999)));
        ValueRange computed = ada.spreadsheets().values().get(id, "Sheet1!B3000:C3000")
                .setValueRenderOption("UNFORMATTED_VALUE").execute();
        assertEquals(List.of(List.of(4000, 2001)), computed.getValues().stream()
                .map(r -> r.stream().map(v -> ((Number) v).intValue()).toList()).toList());
    }

    private static List<String> strings(List<Object> row) {
        return row.stream().map(String::valueOf).toList();
    }

    @Test
    void aCellHoldsAtMostFiftyThousandCharacters() throws Exception {
        String id = ada.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties()
                .setTitle("long text"))).execute().getSpreadsheetId();
        ada.spreadsheets().values().update(id, "Sheet1!A1", new ValueRange().setValues(List.of(List.of("x".repeat(50_000)))))
                .setValueInputOption("RAW").execute();
        com.google.api.client.googleapis.json.GoogleJsonResponseException e = GoogleWorld.error(() -> ada.spreadsheets()
                .values().update(id, "Sheet1!A2", new ValueRange().setValues(List.of(List.of("x".repeat(50_001)))))
                .setValueInputOption("RAW").execute());
        assertEquals(400, e.getStatusCode());
        assertEquals("Your input contains more than the maximum of 50000 characters in a single cell.",
                e.getDetails().getMessage());
        com.google.api.client.googleapis.json.GoogleJsonResponseException cells = GoogleWorld.error(() -> ada
                .spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(new Request()
                        .setUpdateCells(new com.google.api.services.sheets.v4.model.UpdateCellsRequest()
                                .setStart(new com.google.api.services.sheets.v4.model.GridCoordinate().setSheetId(0)
                                        .setRowIndex(2).setColumnIndex(0))
                                .setFields("userEnteredValue")
                                .setRows(List.of(new com.google.api.services.sheets.v4.model.RowData().setValues(List.of(
                                        new com.google.api.services.sheets.v4.model.CellData().setUserEnteredValue(
                                                new com.google.api.services.sheets.v4.model.ExtendedValue()
                                                        .setStringValue("y".repeat(50_001))))))))))).execute());
        assertEquals(400, cells.getStatusCode());
        assertEquals("Invalid requests[0].updateCells: Your input contains more than the maximum of 50000 characters"
                + " in a single cell.", cells.getDetails().getMessage());
    }

    @Test
    void formulasTooDeepToParseAreParseErrorsInTheirCells() throws Exception {
        String id = ada.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties()
                .setTitle("deep formulas"))).execute().getSpreadsheetId();
        List<List<Object>> deep = List.of(List.of("=" + "(".repeat(20_000) + "1" + ")".repeat(20_000),
                "=" + "-".repeat(10_000) + "1", "=" + "1+".repeat(10_000) + "1", "=" + "1+".repeat(99) + "1"));
        ada.spreadsheets().values().update(id, "Sheet1!A1:D1", new ValueRange().setValues(deep))
                .setValueInputOption("USER_ENTERED").execute();
        ValueRange shown = ada.spreadsheets().values().get(id, "Sheet1!A1:D1").execute();
        assertEquals(List.of("#ERROR!", "#ERROR!", "#ERROR!", "100"), strings(shown.getValues().get(0)));
        assertEquals(200, world.sheets("ada").spreadsheets().get(id).setIncludeGridData(true).executeUnparsed()
                .getStatusCode());
    }
}
