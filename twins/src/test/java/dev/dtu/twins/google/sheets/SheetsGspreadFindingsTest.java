package dev.dtu.twins.google.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.AddDimensionGroupRequest;
import com.google.api.services.sheets.v4.model.AddNamedRangeRequest;
import com.google.api.services.sheets.v4.model.AddProtectedRangeRequest;
import com.google.api.services.sheets.v4.model.AddSheetRequest;
import com.google.api.services.sheets.v4.model.BasicFilter;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetResponse;
import com.google.api.services.sheets.v4.model.CellData;
import com.google.api.services.sheets.v4.model.CellFormat;
import com.google.api.services.sheets.v4.model.ClearBasicFilterRequest;
import com.google.api.services.sheets.v4.model.Color;
import com.google.api.services.sheets.v4.model.DeleteDimensionGroupRequest;
import com.google.api.services.sheets.v4.model.DeleteProtectedRangeRequest;
import com.google.api.services.sheets.v4.model.DimensionRange;
import com.google.api.services.sheets.v4.model.GridProperties;
import com.google.api.services.sheets.v4.model.GridRange;
import com.google.api.services.sheets.v4.model.MergeCellsRequest;
import com.google.api.services.sheets.v4.model.NamedRange;
import com.google.api.services.sheets.v4.model.ProtectedRange;
import com.google.api.services.sheets.v4.model.RepeatCellRequest;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.SetBasicFilterRequest;
import com.google.api.services.sheets.v4.model.Sheet;
import com.google.api.services.sheets.v4.model.SheetProperties;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.UpdateNamedRangeRequest;
import com.google.api.services.sheets.v4.model.UpdateSheetPropertiesRequest;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What gspread's live tests found different from Google's Sheets, each checked with the official Java client. */
class SheetsGspreadFindingsTest {
    static GoogleWorld world;
    static Sheets ada;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        ada = world.sheets("ada");
    }

    private static String newSpreadsheet() throws Exception {
        return ada.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties().setTitle("g")))
                .execute().getSpreadsheetId();
    }

    private static BatchUpdateSpreadsheetResponse batch(String id, Request... requests) throws Exception {
        return ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(requests)))
                .execute();
    }

    private static Sheet first(String id) throws Exception {
        return ada.spreadsheets().get(id).execute().getSheets().get(0);
    }

    private static GridRange a1b2() {
        return new GridRange().setSheetId(0).setStartRowIndex(0).setEndRowIndex(2).setStartColumnIndex(0)
                .setEndColumnIndex(2);
    }

    @Test
    void includeGridDataIsReadAsGoogleReadsBooleans() throws Exception {
        String id = newSpreadsheet();
        Http.Reply r = Http.get(world.universeUrl + "v4/spreadsheets/" + id + "?includeGridData=False",
                "Authorization", "Bearer " + world.tokens.get("ada"));
        assertEquals(200, r.status(), r.body());
        assertFalse(r.body().contains("\"data\""));
        assertEquals(400, Http.get(world.universeUrl + "v4/spreadsheets/" + id + "?includeGridData=maybe",
                "Authorization", "Bearer " + world.tokens.get("ada")).status());
    }

    @Test
    void hideGridlinesIsStoredAndTheLastVisibleSheetCannotBeHidden() throws Exception {
        String id = newSpreadsheet();
        batch(id, new Request().setUpdateSheetProperties(new UpdateSheetPropertiesRequest().setFields(
                "gridProperties.hideGridlines").setProperties(new SheetProperties().setSheetId(0)
                .setGridProperties(new GridProperties().setHideGridlines(true)))));
        assertTrue(first(id).getProperties().getGridProperties().getHideGridlines());
        Request hide = new Request().setUpdateSheetProperties(new UpdateSheetPropertiesRequest().setFields("hidden")
                .setProperties(new SheetProperties().setSheetId(0).setHidden(true)));
        assertEquals(400, GoogleWorld.error(() -> batch(id, hide)).getStatusCode());
        batch(id, new Request().setAddSheet(new AddSheetRequest().setProperties(new SheetProperties().setTitle("Two"))));
        batch(id, hide);
        assertTrue(first(id).getProperties().getHidden());
    }

    @Test
    void mergingOverWholeMergesReplacesThemAndCuttingThroughOneIsRefused() throws Exception {
        String id = newSpreadsheet();
        batch(id, new Request().setMergeCells(new MergeCellsRequest().setRange(a1b2()).setMergeType("MERGE_ROWS")));
        assertEquals(2, first(id).getMerges().size());
        batch(id, new Request().setMergeCells(new MergeCellsRequest().setRange(a1b2()).setMergeType("MERGE_ALL")));
        assertEquals(1, first(id).getMerges().size());
        GridRange across = new GridRange().setSheetId(0).setStartRowIndex(1).setEndRowIndex(3).setStartColumnIndex(0)
                .setEndColumnIndex(2);
        assertEquals(400, GoogleWorld.error(() -> batch(id, new Request().setMergeCells(new MergeCellsRequest()
                .setRange(across).setMergeType("MERGE_ALL")))).getStatusCode());
    }

    @Test
    void namedRangesAreUpdatedAndReadInsideSheetQualifiedRanges() throws Exception {
        String id = newSpreadsheet();
        ada.spreadsheets().values().update(id, "A1:B2", new ValueRange().setValues(List.of(List.of("a", "b"),
                List.of("c", "d")))).setValueInputOption("RAW").execute();
        String nr = batch(id, new Request().setAddNamedRange(new AddNamedRangeRequest().setNamedRange(new NamedRange()
                .setName("Old").setRange(a1b2())))).getReplies().get(0).getAddNamedRange().getNamedRange().getNamedRangeId();
        batch(id, new Request().setUpdateNamedRange(new UpdateNamedRangeRequest().setFields("name").setNamedRange(
                new NamedRange().setNamedRangeId(nr).setName("Fresh"))));
        assertEquals("Fresh", ada.spreadsheets().get(id).execute().getNamedRanges().get(0).getName());
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")),
                ada.spreadsheets().values().get(id, "'Sheet1'!Fresh").execute().getValues());
    }

    @Test
    void appendGoesAfterTheLastTableAndAnEmptyCellNamesNone() throws Exception {
        String id = newSpreadsheet();
        ValueRange row = new ValueRange().setValues(List.of(List.of("x", "", "z")));
        ada.spreadsheets().values().append(id, "Sheet1", row).setValueInputOption("RAW").execute();
        ada.spreadsheets().values().append(id, "Sheet1", row).setValueInputOption("RAW").execute();
        assertEquals(List.of(List.of("", "", "x", "", "z")),
                ada.spreadsheets().values().get(id, "A2:E2").execute().getValues());
        ada.spreadsheets().values().append(id, "'Sheet1'!G1", new ValueRange().setValues(List.of(List.of("g"))))
                .setValueInputOption("RAW").execute();
        assertEquals(List.of(List.of("g")), ada.spreadsheets().values().get(id, "G1").execute().getValues());
    }

    @Test
    void protectedRangesAreAddedListedAndDeleted() throws Exception {
        String id = newSpreadsheet();
        ProtectedRange added = batch(id, new Request().setAddProtectedRange(new AddProtectedRangeRequest()
                .setProtectedRange(new ProtectedRange().setRange(a1b2()).setWarningOnly(true)))).getReplies().get(0)
                .getAddProtectedRange().getProtectedRange();
        ProtectedRange listed = first(id).getProtectedRanges().get(0);
        assertEquals(added.getProtectedRangeId(), listed.getProtectedRangeId());
        assertEquals(2, listed.getRange().getEndColumnIndex());
        assertTrue(listed.getWarningOnly());
        batch(id, new Request().setDeleteProtectedRange(new DeleteProtectedRangeRequest()
                .setProtectedRangeId(added.getProtectedRangeId())));
        assertNull(first(id).getProtectedRanges());
        assertEquals(400, GoogleWorld.error(() -> batch(id, new Request().setDeleteProtectedRange(
                new DeleteProtectedRangeRequest().setProtectedRangeId(added.getProtectedRangeId())))).getStatusCode());
    }

    @Test
    void theBasicFilterIsBoundedByTheGridAndCleared() throws Exception {
        String id = newSpreadsheet();
        batch(id, new Request().setSetBasicFilter(new SetBasicFilterRequest().setFilter(new BasicFilter()
                .setRange(new GridRange().setSheetId(0)))));
        GridRange r = first(id).getBasicFilter().getRange();
        assertEquals(1000, r.getEndRowIndex());
        assertEquals(26, r.getEndColumnIndex());
        batch(id, new Request().setClearBasicFilter(new ClearBasicFilterRequest().setSheetId(0)));
        assertNull(first(id).getBasicFilter());
    }

    @Test
    void dimensionGroupsNestAndAreDeleted() throws Exception {
        String id = newSpreadsheet();
        DimensionRange outer = new DimensionRange().setSheetId(0).setDimension("COLUMNS").setStartIndex(0).setEndIndex(4);
        DimensionRange inner = new DimensionRange().setSheetId(0).setDimension("COLUMNS").setStartIndex(1).setEndIndex(2);
        batch(id, new Request().setAddDimensionGroup(new AddDimensionGroupRequest().setRange(outer)));
        assertEquals(2, batch(id, new Request().setAddDimensionGroup(new AddDimensionGroupRequest().setRange(inner)))
                .getReplies().get(0).getAddDimensionGroup().getDimensionGroups().size());
        assertEquals(2, first(id).getColumnGroups().get(1).getDepth());
        batch(id, new Request().setDeleteDimensionGroup(new DeleteDimensionGroupRequest().setRange(inner)));
        assertEquals(1, first(id).getColumnGroups().size());
        assertNull(first(id).getRowGroups());
    }

    @Test
    void aFormatsColorsReadBackWithTheirColorStyles() throws Exception {
        String id = newSpreadsheet();
        Color cyan = new Color().setGreen(1f).setBlue(1f);
        batch(id, new Request().setRepeatCell(new RepeatCellRequest().setRange(a1b2()).setFields("userEnteredFormat")
                .setCell(new CellData().setUserEnteredFormat(new CellFormat().setBackgroundColor(cyan)))));
        CellFormat f = ada.spreadsheets().get(id).setRanges(List.of("A1")).setIncludeGridData(true).execute()
                .getSheets().get(0).getData().get(0).getRowData().get(0).getValues().get(0).getUserEnteredFormat();
        assertEquals(cyan, f.getBackgroundColorStyle().getRgbColor());
    }
}
