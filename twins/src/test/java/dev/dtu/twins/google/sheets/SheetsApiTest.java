package dev.dtu.twins.google.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.AddSheetRequest;
import com.google.api.services.sheets.v4.model.AppendValuesResponse;
import com.google.api.services.sheets.v4.model.BatchGetValuesByDataFilterRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetResponse;
import com.google.api.services.sheets.v4.model.BatchUpdateValuesRequest;
import com.google.api.services.sheets.v4.model.ClearValuesRequest;
import com.google.api.services.sheets.v4.model.DataFilter;
import com.google.api.services.sheets.v4.model.DeleteDimensionRequest;
import com.google.api.services.sheets.v4.model.DimensionRange;
import com.google.api.services.sheets.v4.model.FindReplaceRequest;
import com.google.api.services.sheets.v4.model.GridRange;
import com.google.api.services.sheets.v4.model.InsertDimensionRequest;
import com.google.api.services.sheets.v4.model.MergeCellsRequest;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.SheetProperties;
import com.google.api.services.sheets.v4.model.SortRangeRequest;
import com.google.api.services.sheets.v4.model.SortSpec;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.UpdateSpreadsheetPropertiesRequest;
import com.google.api.services.sheets.v4.model.UpdateValuesResponse;
import com.google.api.services.sheets.v4.model.ValueRange;
import com.google.api.services.drive.model.File;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sheets v4 driven by the official Java client. */
class SheetsApiTest {
    static GoogleWorld world;
    static Sheets ada;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        ada = world.sheets("ada");
    }

    private static String newSpreadsheet(String title) throws Exception {
        return ada.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties().setTitle(title)))
                .execute().getSpreadsheetId();
    }

    private static List<List<Object>> rows(Object[]... rows) {
        return java.util.Arrays.stream(rows).map(List::of).toList();
    }

    @Test
    void createdSpreadsheetsHaveGooglesDefaultsAndAppearInDrive() throws Exception {
        Spreadsheet s = ada.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties()
                .setTitle("Budget"))).execute();
        SheetProperties first = s.getSheets().get(0).getProperties();
        assertEquals("Sheet1", first.getTitle());
        assertEquals(0, first.getSheetId());
        assertEquals(1000, first.getGridProperties().getRowCount());
        assertEquals(26, first.getGridProperties().getColumnCount());
        File inDrive = world.drive("ada").files().get(s.getSpreadsheetId()).execute();
        assertEquals("Budget", inDrive.getName());
        assertEquals("application/vnd.google-apps.spreadsheet", inDrive.getMimeType());
        assertEquals("Etc/GMT", s.getProperties().getTimeZone(), "Google's zone for a new spreadsheet that names none");
        assertEquals("en_US", s.getProperties().getLocale());
        assertEquals("Etc/GMT", ada.spreadsheets().get(s.getSpreadsheetId()).execute().getProperties().getTimeZone());
    }

    @Test
    void aTimeZoneGivenAtCreationOrByUpdateIsKept() throws Exception {
        Spreadsheet s = ada.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties()
                .setTitle("Zoned").setTimeZone("America/New_York").setLocale("en_GB"))).execute();
        assertEquals("America/New_York", s.getProperties().getTimeZone());
        assertEquals("en_GB", s.getProperties().getLocale());
        String id = s.getSpreadsheetId();
        assertEquals("America/New_York", ada.spreadsheets().get(id).execute().getProperties().getTimeZone());

        ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(new Request()
                .setUpdateSpreadsheetProperties(new UpdateSpreadsheetPropertiesRequest()
                        .setProperties(new SpreadsheetProperties().setTimeZone("Europe/Paris").setTitle("Ignored"))
                        .setFields("timeZone"))))).execute();
        SpreadsheetProperties updated = ada.spreadsheets().get(id).execute().getProperties();
        assertEquals("Europe/Paris", updated.getTimeZone());
        assertEquals("Zoned", updated.getTitle(), "only the fields in the mask change");
        assertEquals("en_GB", updated.getLocale());

        Spreadsheet withSheets = ada.spreadsheets().create(new Spreadsheet()
                .setProperties(new SpreadsheetProperties().setTitle("Tabs"))
                .setSheets(List.of(new com.google.api.services.sheets.v4.model.Sheet()
                        .setProperties(new SheetProperties().setTitle("Log"))))).execute();
        assertEquals("Etc/GMT", withSheets.getProperties().getTimeZone());
    }

    @Test
    void userEnteredValuesFormulasAndRenderOptions() throws Exception {
        String id = newSpreadsheet("Numbers");
        UpdateValuesResponse updated = ada.spreadsheets().values().update(id, "Sheet1!A1", new ValueRange()
                        .setValues(rows(new Object[] {"Item", "Price"}, new Object[] {"pen", "1.5"},
                                new Object[] {"ink", "$2.00"}, new Object[] {"total", "=SUM(B2:B3)"},
                                new Object[] {"when", "2026-01-31"}, new Object[] {"share", "25%"})))
                .setValueInputOption("USER_ENTERED").execute();
        assertEquals("Sheet1!A1:B6", updated.getUpdatedRange());
        assertEquals(12, updated.getUpdatedCells());
        ValueRange formatted = ada.spreadsheets().values().get(id, "B2:B6").execute();
        assertEquals("Sheet1!B2:B6", formatted.getRange());
        assertEquals(rows(new Object[] {"1.5"}, new Object[] {"$2.00"}, new Object[] {"3.5"},
                new Object[] {"2026-01-31"}, new Object[] {"25%"}), formatted.getValues());
        ValueRange formulas = ada.spreadsheets().values().get(id, "B4").setValueRenderOption("FORMULA").execute();
        assertEquals("=SUM(B2:B3)", formulas.getValues().get(0).get(0));
        ValueRange raw = ada.spreadsheets().values().get(id, "B4:B6").setValueRenderOption("UNFORMATTED_VALUE")
                .setMajorDimension("COLUMNS").execute();
        assertEquals(List.of(List.of(3.5, 46053.0, 0.25)), raw.getValues().stream()
                .map(r -> r.stream().map(v -> ((Number) v).doubleValue()).toList()).toList(),
                "unformatted: numbers, dates as serial numbers, percentages as fractions");

        ada.spreadsheets().values().update(id, "B2", new ValueRange().setValues(rows(new Object[] {10})))
                .setValueInputOption("RAW").execute();
        assertEquals("12", ada.spreadsheets().values().get(id, "B4").execute().getValues().get(0).get(0),
                "the formula is recalculated on change");
    }

    @Test
    void appendFindsTheTableAndInsertsRows() throws Exception {
        String id = newSpreadsheet("Tickets");
        ada.spreadsheets().values().update(id, "A1", new ValueRange().setValues(rows(
                new Object[] {"Ticket", "Status"}, new Object[] {"T-1", "open"}))).setValueInputOption("RAW").execute();
        ada.spreadsheets().values().update(id, "A6", new ValueRange().setValues(rows(new Object[] {"note"})))
                .setValueInputOption("RAW").execute();
        AppendValuesResponse appended = ada.spreadsheets().values().append(id, "Sheet1!A1",
                new ValueRange().setValues(rows(new Object[] {"T-2", "new"}))).setValueInputOption("USER_ENTERED").execute();
        assertEquals("Sheet1!A1:B2", appended.getTableRange());
        assertEquals("Sheet1!A3:B3", appended.getUpdates().getUpdatedRange());
        assertEquals(2, appended.getUpdates().getUpdatedCells());
        AppendValuesResponse inserted = ada.spreadsheets().values().append(id, "A:B",
                new ValueRange().setValues(rows(new Object[] {"T-3", "new"}))).setValueInputOption("RAW")
                .setInsertDataOption("INSERT_ROWS").execute();
        assertEquals("Sheet1!A4:B4", inserted.getUpdates().getUpdatedRange());
        ValueRange all = ada.spreadsheets().values().get(id, "A1:A7").execute();
        assertEquals(rows(new Object[] {"Ticket"}, new Object[] {"T-1"}, new Object[] {"T-2"}, new Object[] {"T-3"},
                new Object[] {}, new Object[] {}, new Object[] {"note"}), all.getValues());
        assertEquals(1001, ada.spreadsheets().get(id).execute().getSheets().get(0).getProperties().getGridProperties()
                .getRowCount(), "INSERT_ROWS adds a row to the grid");
    }

    @Test
    void batchValueMethodsAndClear() throws Exception {
        String id = newSpreadsheet("Batch");
        ada.spreadsheets().values().batchUpdate(id, new BatchUpdateValuesRequest().setValueInputOption("RAW")
                .setData(List.of(new ValueRange().setRange("A1:B1").setValues(rows(new Object[] {"a", "b"})),
                        new ValueRange().setRange("C3").setValues(rows(new Object[] {"c"}))))).execute();
        List<ValueRange> got = ada.spreadsheets().values().batchGet(id).setRanges(List.of("A1:B1", "C3", "A:A")).execute()
                .getValueRanges();
        assertEquals("Sheet1!A1:A1000", got.get(2).getRange());
        assertEquals(List.of(List.of("a", "b")), got.get(0).getValues());
        var byFilter = ada.spreadsheets().values().batchGetByDataFilter(id, new BatchGetValuesByDataFilterRequest()
                .setDataFilters(List.of(new DataFilter().setA1Range("C3"), new DataFilter().setGridRange(new GridRange()
                        .setSheetId(0).setStartRowIndex(0).setEndRowIndex(1).setStartColumnIndex(1).setEndColumnIndex(2)))))
                .execute().getValueRanges();
        assertEquals(List.of(List.of("c")), byFilter.get(0).getValueRange().getValues());
        assertEquals(List.of(List.of("b")), byFilter.get(1).getValueRange().getValues());
        assertEquals("Sheet1!A1:B1", ada.spreadsheets().values().clear(id, "A1:B1", new ClearValuesRequest()).execute()
                .getClearedRange());
        ada.spreadsheets().values().batchClear(id, new com.google.api.services.sheets.v4.model.BatchClearValuesRequest()
                .setRanges(List.of("C3"))).execute();
        assertNull(ada.spreadsheets().values().get(id, "A1:C3").execute().getValues());
    }

    @Test
    void batchUpdateRequestsReplyInOrder() throws Exception {
        String id = newSpreadsheet("Structure");
        ada.spreadsheets().values().update(id, "A1", new ValueRange().setValues(rows(new Object[] {"b", "2"},
                new Object[] {"a", "1"}, new Object[] {"c", "3"}))).setValueInputOption("USER_ENTERED").execute();
        BatchUpdateSpreadsheetResponse r = ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest()
                .setRequests(List.of(
                        new Request().setAddSheet(new AddSheetRequest().setProperties(new SheetProperties().setTitle("Notes"))),
                        new Request().setSortRange(new SortRangeRequest().setRange(new GridRange().setSheetId(0)
                                .setStartRowIndex(0).setEndRowIndex(3).setStartColumnIndex(0).setEndColumnIndex(2))
                                .setSortSpecs(List.of(new SortSpec().setDimensionIndex(0).setSortOrder("ASCENDING")))),
                        new Request().setInsertDimension(new InsertDimensionRequest().setRange(new DimensionRange()
                                .setSheetId(0).setDimension("ROWS").setStartIndex(0).setEndIndex(1))),
                        new Request().setFindReplace(new FindReplaceRequest().setFind("a").setReplacement("z")
                                .setAllSheets(true)),
                        new Request().setMergeCells(new MergeCellsRequest().setMergeType("MERGE_ALL").setRange(
                                new GridRange().setSheetId(0).setStartRowIndex(0).setEndRowIndex(1)
                                        .setStartColumnIndex(0).setEndColumnIndex(2))))))
                .execute();
        assertEquals(5, r.getReplies().size());
        assertEquals("Notes", r.getReplies().get(0).getAddSheet().getProperties().getTitle());
        assertEquals(1, r.getReplies().get(3).getFindReplace().getOccurrencesChanged());
        assertEquals(rows(new Object[] {}, new Object[] {"z", "1"}, new Object[] {"b", "2"}, new Object[] {"c", "3"}),
                ada.spreadsheets().values().get(id, "A1:B4").execute().getValues());
        Spreadsheet s = ada.spreadsheets().get(id).execute();
        assertEquals(List.of("Sheet1", "Notes"), s.getSheets().stream().map(x -> x.getProperties().getTitle()).toList());
        assertEquals(1, s.getSheets().get(0).getMerges().size());
    }

    @Test
    void insertingAndDeletingRowsRewritesFormulas() throws Exception {
        String id = newSpreadsheet("Shifts");
        ada.spreadsheets().values().update(id, "A1", new ValueRange().setValues(rows(new Object[] {"1", "=SUM(A1:A3)"},
                new Object[] {"2", "=A3*10"}, new Object[] {"3", "=$A$1"}))).setValueInputOption("USER_ENTERED").execute();
        ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(
                new Request().setInsertDimension(new InsertDimensionRequest().setRange(new DimensionRange()
                        .setSheetId(0).setDimension("ROWS").setStartIndex(0).setEndIndex(1))),
                new Request().setDeleteDimension(new DeleteDimensionRequest().setRange(new DimensionRange()
                        .setSheetId(0).setDimension("ROWS").setStartIndex(3).setEndIndex(4)))))).execute();
        assertEquals("[[], [1, =SUM(A2:A3)], [2, =#REF!*10]]", ada.spreadsheets().values().get(id, "A1:B3")
                .setValueRenderOption("FORMULA").execute().getValues().toString());
        assertEquals("[[], [1, 3], [2, #REF!]]", ada.spreadsheets().values().get(id, "A1:B3").execute().getValues()
                .toString());
    }

    @Test
    void aFailingRequestChangesNothing() throws Exception {
        String id = newSpreadsheet("Atomic");
        GoogleJsonResponseException e = GoogleWorld.error(() -> ada.spreadsheets().batchUpdate(id,
                new BatchUpdateSpreadsheetRequest().setRequests(List.of(
                        new Request().setAddSheet(new AddSheetRequest().setProperties(new SheetProperties().setTitle("Kept?"))),
                        new Request().setDeleteDimension(new DeleteDimensionRequest().setRange(new DimensionRange()
                                .setSheetId(42).setDimension("ROWS").setStartIndex(0).setEndIndex(1))))))
                .execute());
        assertEquals(400, e.getStatusCode());
        assertEquals("Invalid requests[1].deleteDimension: No grid with id: 42", e.getDetails().getMessage());
        assertEquals(1, ada.spreadsheets().get(id).execute().getSheets().size());
    }

    @Test
    void badInputGetsGooglesErrors() throws Exception {
        String id = newSpreadsheet("Errors");
        GoogleJsonResponseException range = GoogleWorld.error(() -> ada.spreadsheets().values().get(id, "Nope!A1").execute());
        assertEquals(400, range.getStatusCode());
        assertEquals("Unable to parse range: Nope!A1", range.getDetails().getMessage());
        assertEquals("INVALID_ARGUMENT", range.getDetails().get("status"));
        GoogleJsonResponseException missing = GoogleWorld.error(() -> ada.spreadsheets().get("no-such-sheet").execute());
        assertEquals(404, missing.getStatusCode());
        assertEquals("Requested entity was not found.", missing.getDetails().getMessage());
        GoogleJsonResponseException option = GoogleWorld.error(() -> ada.spreadsheets().values().update(id, "A1",
                new ValueRange().setValues(rows(new Object[] {"x"}))).execute());
        assertEquals("'valueInputOption' is required but not specified", option.getDetails().getMessage());
        GoogleJsonResponseException grid = GoogleWorld.error(() -> ada.spreadsheets().values().update(id, "Sheet1!A1001",
                new ValueRange().setValues(rows(new Object[] {"x"}))).setValueInputOption("RAW").execute());
        assertEquals("Range (Sheet1!A1001) exceeds grid limits. Max rows: 1000, max columns: 26",
                grid.getDetails().getMessage());
        ada.spreadsheets().values().update(id, "A1", new ValueRange().setValues(rows(new Object[] {"=SUM(1,"})))
                .setValueInputOption("USER_ENTERED").execute();
        assertEquals("#ERROR!", ada.spreadsheets().values().get(id, "A1").execute().getValues().get(0).get(0));
        GoogleJsonResponseException denied = GoogleWorld.error(() -> world.sheets("linus").spreadsheets().get(id).execute());
        assertEquals(403, denied.getStatusCode());
        assertEquals("The caller does not have permission", denied.getDetails().getMessage());
        GoogleJsonResponseException readOnly = GoogleWorld.error(() -> world.sheets("margaret").spreadsheets().values()
                .update("support-tickets", "A2", new ValueRange().setValues(rows(new Object[] {"x"})))
                .setValueInputOption("RAW").execute());
        assertEquals(403, readOnly.getStatusCode());
    }

    @Test
    void seededSpreadsheetAnswersAtTheServerRoot() throws Exception {
        Sheets atRoot = world.sheetsAt(world.rootUrl, world.appToken);
        ValueRange header = atRoot.spreadsheets().values().get("support-tickets", "'Tickets'!1:1").execute();
        assertEquals(List.of(List.of("Ticket", "Customer", "Subject", "Status", "Opened", "Priority")), header.getValues());
        Spreadsheet s = atRoot.spreadsheets().get("support-tickets").setRanges(List.of("Tickets!A1:B1"))
                .setIncludeGridData(true).setFields("sheets(properties.title,data.rowData.values.formattedValue)").execute();
        assertEquals("Customer", s.getSheets().get(0).getData().get(0).getRowData().get(0).getValues().get(1)
                .getFormattedValue());
        assertNull(s.getSpreadsheetId(), "fields leaves spreadsheetId out");
        assertTrue(s.getSheets().get(0).getProperties().getTitle().equals("Tickets"));
    }
}
