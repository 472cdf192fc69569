package dev.dtu.twins.google.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.AddProtectedRangeRequest;
import com.google.api.services.sheets.v4.model.BatchGetValuesByDataFilterRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetResponse;
import com.google.api.services.sheets.v4.model.CreateDeveloperMetadataRequest;
import com.google.api.services.sheets.v4.model.DataFilter;
import com.google.api.services.sheets.v4.model.DeleteDimensionRequest;
import com.google.api.services.sheets.v4.model.DeveloperMetadata;
import com.google.api.services.sheets.v4.model.DeveloperMetadataLocation;
import com.google.api.services.sheets.v4.model.DeveloperMetadataLookup;
import com.google.api.services.sheets.v4.model.DimensionRange;
import com.google.api.services.sheets.v4.model.GridRange;
import com.google.api.services.sheets.v4.model.InsertDimensionRequest;
import com.google.api.services.sheets.v4.model.ProtectedRange;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.SearchDeveloperMetadataRequest;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Developer metadata on rows and columns (the guide's way to find a row again after others move it), and stored
 * sheet objects' ranges following inserted and deleted rows.
 */
class SheetsRowMetadataTest {
    static Sheets ada;

    @BeforeAll
    static void start() {
        ada = GoogleWorld.create().sheets("ada");
    }

    private static String create() throws Exception {
        String id = ada.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties()
                .setTitle("rows"))).execute().getSpreadsheetId();
        ada.spreadsheets().values().update(id, "Sheet1!A1", new ValueRange().setValues(List.of(List.of("id", "name"),
                List.of("1", "Ada"), List.of("2", "Linus"), List.of("3", "Grace")))).setValueInputOption("RAW").execute();
        return id;
    }

    private static BatchUpdateSpreadsheetResponse batch(String id, Request... requests) throws Exception {
        return ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(requests)))
                .execute();
    }

    private static DimensionRange rows(int start, int end) {
        return new DimensionRange().setSheetId(0).setDimension("ROWS").setStartIndex(start).setEndIndex(end);
    }

    private static Request tag(String key, DimensionRange at) {
        return new Request().setCreateDeveloperMetadata(new CreateDeveloperMetadataRequest().setDeveloperMetadata(
                new DeveloperMetadata().setMetadataKey(key).setVisibility("DOCUMENT")
                        .setLocation(new DeveloperMetadataLocation().setDimensionRange(at))));
    }

    private static DataFilter byKey(String key) {
        return new DataFilter().setDeveloperMetadataLookup(new DeveloperMetadataLookup().setMetadataKey(key));
    }

    private static List<List<Object>> valuesOf(String id, String key) throws Exception {
        return ada.spreadsheets().values().batchGetByDataFilter(id, new BatchGetValuesByDataFilterRequest()
                .setDataFilters(List.of(byKey(key)))).execute().getValueRanges().get(0).getValueRange().getValues();
    }

    @Test
    void metadataOnARowFollowsItAndSelectsItsValues() throws Exception {
        String id = create();
        DeveloperMetadata made = batch(id, tag("linus-row", rows(2, 3))).getReplies().get(0).getCreateDeveloperMetadata()
                .getDeveloperMetadata();
        assertEquals("ROW", made.getLocation().getLocationType());
        assertEquals(2, made.getLocation().getDimensionRange().getStartIndex());
        assertEquals(List.of(List.of("2", "Linus")), valuesOf(id, "linus-row"));

        Spreadsheet got = ada.spreadsheets().get(id).setRanges(List.of("Sheet1!A1:B4")).setIncludeGridData(true).execute();
        assertNull(got.getSheets().get(0).getDeveloperMetadata(), "row metadata is not the sheet's");
        var rowMetadata = got.getSheets().get(0).getData().get(0).getRowMetadata();
        assertNull(rowMetadata.get(1).getDeveloperMetadata());
        assertEquals("linus-row", rowMetadata.get(2).getDeveloperMetadata().get(0).getMetadataKey());

        batch(id, new Request().setInsertDimension(new InsertDimensionRequest().setRange(rows(0, 2))));
        DeveloperMetadata moved = ada.spreadsheets().developerMetadata().get(id, made.getMetadataId()).execute();
        assertEquals(4, moved.getLocation().getDimensionRange().getStartIndex());
        assertEquals(5, moved.getLocation().getDimensionRange().getEndIndex());
        assertEquals(List.of(List.of("2", "Linus")), valuesOf(id, "linus-row"));

        var exact = new DataFilter().setDeveloperMetadataLookup(new DeveloperMetadataLookup()
                .setMetadataLocation(new DeveloperMetadataLocation().setDimensionRange(rows(4, 5))));
        var intersecting = new DataFilter().setDeveloperMetadataLookup(new DeveloperMetadataLookup()
                .setLocationMatchingStrategy("INTERSECTING_LOCATION")
                .setMetadataLocation(new DeveloperMetadataLocation().setDimensionRange(rows(0, 10))));
        var stale = new DataFilter().setDeveloperMetadataLookup(new DeveloperMetadataLookup()
                .setMetadataLocation(new DeveloperMetadataLocation().setDimensionRange(rows(2, 3))));
        for (var filter : List.of(exact, intersecting)) {
            assertEquals(1, ada.spreadsheets().developerMetadata().search(id, new SearchDeveloperMetadataRequest()
                    .setDataFilters(List.of(filter))).execute().getMatchedDeveloperMetadata().size());
        }
        assertNull(ada.spreadsheets().developerMetadata().search(id, new SearchDeveloperMetadataRequest()
                .setDataFilters(List.of(stale))).execute().getMatchedDeveloperMetadata());

        batch(id, new Request().setDeleteDimension(new DeleteDimensionRequest().setRange(rows(4, 5))));
        assertEquals(404, GoogleWorld.error(() -> ada.spreadsheets().developerMetadata().get(id, made.getMetadataId())
                .execute()).getStatusCode(), "metadata goes with its deleted row");
    }

    @Test
    void badDimensionRangesAre400() throws Exception {
        String id = create();
        assertEquals(400, GoogleWorld.error(() -> batch(id, tag("k", rows(5, 5)))).getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> batch(id, tag("k", rows(999, 1001)))).getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> batch(id, tag("k", new DimensionRange().setSheetId(0)
                .setStartIndex(0).setEndIndex(1)))).getStatusCode());
    }

    @Test
    void protectedRangesFollowInsertedAndDeletedRows() throws Exception {
        String id = create();
        batch(id, new Request().setAddProtectedRange(new AddProtectedRangeRequest().setProtectedRange(
                new ProtectedRange().setRange(new GridRange().setSheetId(0).setStartRowIndex(2).setEndRowIndex(4)
                        .setStartColumnIndex(0).setEndColumnIndex(2)))));
        batch(id, new Request().setInsertDimension(new InsertDimensionRequest().setRange(rows(1, 2))));
        GridRange range = ada.spreadsheets().get(id).execute().getSheets().get(0).getProtectedRanges().get(0).getRange();
        assertEquals(3, range.getStartRowIndex());
        assertEquals(5, range.getEndRowIndex());
        batch(id, new Request().setDeleteDimension(new DeleteDimensionRequest().setRange(rows(3, 4))));
        range = ada.spreadsheets().get(id).execute().getSheets().get(0).getProtectedRanges().get(0).getRange();
        assertEquals(3, range.getStartRowIndex());
        assertEquals(4, range.getEndRowIndex());
    }
}
