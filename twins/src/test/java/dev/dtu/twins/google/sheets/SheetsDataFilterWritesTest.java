package dev.dtu.twins.google.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.BatchClearValuesByDataFilterRequest;
import com.google.api.services.sheets.v4.model.BatchClearValuesByDataFilterResponse;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateValuesByDataFilterRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateValuesByDataFilterResponse;
import com.google.api.services.sheets.v4.model.CreateDeveloperMetadataRequest;
import com.google.api.services.sheets.v4.model.DataFilter;
import com.google.api.services.sheets.v4.model.DataFilterValueRange;
import com.google.api.services.sheets.v4.model.DeveloperMetadata;
import com.google.api.services.sheets.v4.model.DeveloperMetadataLocation;
import com.google.api.services.sheets.v4.model.DeveloperMetadataLookup;
import com.google.api.services.sheets.v4.model.DimensionRange;
import com.google.api.services.sheets.v4.model.GridRange;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** values.batchUpdateByDataFilter and values.batchClearByDataFilter: A1, grid and developer-metadata filters. */
class SheetsDataFilterWritesTest {
    static Sheets ada;

    @BeforeAll
    static void start() {
        ada = GoogleWorld.create().sheets("ada");
    }

    private static String create() throws Exception {
        String id = ada.spreadsheets().create(new Spreadsheet()).execute().getSpreadsheetId();
        ada.spreadsheets().values().update(id, "Sheet1!A1", new ValueRange().setValues(List.of(List.of("id", "name"),
                List.of("1", "Ada"), List.of("2", "Linus")))).setValueInputOption("RAW").execute();
        return id;
    }

    private static List<List<Object>> values(String id, String range) throws Exception {
        return ada.spreadsheets().values().get(id, range).execute().getValues();
    }

    private static DataFilter a1(String range) {
        return new DataFilter().setA1Range(range);
    }

    @Test
    void writesLandWhereEachFilterPointsWithTotalsAndTheFilterEchoed() throws Exception {
        String id = create();
        BatchUpdateValuesByDataFilterResponse r = ada.spreadsheets().values().batchUpdateByDataFilter(id,
                new BatchUpdateValuesByDataFilterRequest().setValueInputOption("USER_ENTERED").setData(List.of(
                        new DataFilterValueRange().setDataFilter(a1("Sheet1!C1:C3"))
                                .setValues(List.of(List.of("age"), List.of("=1+35"))),
                        new DataFilterValueRange().setDataFilter(new DataFilter().setGridRange(new GridRange()
                                        .setSheetId(0).setStartRowIndex(4).setEndRowIndex(5).setStartColumnIndex(0)
                                        .setEndColumnIndex(2)))
                                .setValues(List.of(List.of("3", "Grace")))))
                .setIncludeValuesInResponse(true)).execute();
        assertEquals(3, r.getTotalUpdatedRows());
        assertEquals(4, r.getTotalUpdatedCells());
        assertEquals(1, r.getTotalUpdatedSheets());
        assertEquals("Sheet1!C1:C2", r.getResponses().get(0).getUpdatedRange());
        assertEquals("Sheet1!C1:C3", r.getResponses().get(0).getDataFilter().getA1Range());
        assertEquals(List.of(List.of("age"), List.of("36")), r.getResponses().get(0).getUpdatedData().getValues());
        assertEquals("Sheet1!A5:B5", r.getResponses().get(1).getUpdatedRange());
        assertEquals(List.of(List.of("age"), List.of("36")), values(id, "C1:C2"));
        assertEquals(List.of(List.of("3", "Grace")), values(id, "A5:B5"));
    }

    @Test
    void valuesLargerThanTheMatchedRangeFailTheWholeRequest() throws Exception {
        String id = create();
        GoogleJsonResponseException e = GoogleWorld.error(() -> ada.spreadsheets().values().batchUpdateByDataFilter(id,
                new BatchUpdateValuesByDataFilterRequest().setValueInputOption("RAW").setData(List.of(
                        new DataFilterValueRange().setDataFilter(a1("D1")).setValues(List.of(List.of("ok"))),
                        new DataFilterValueRange().setDataFilter(a1("A1:A2"))
                                .setValues(List.of(List.of("a"), List.of("b"), List.of("c")))))).execute());
        assertEquals(400, e.getStatusCode());
        assertNull(values(id, "D1"), "nothing of the request is applied");
    }

    @Test
    void aMetadataFilterWritesAndClearsTheRowsItTags() throws Exception {
        String id = create();
        DimensionRange row3 = new DimensionRange().setSheetId(0).setDimension("ROWS").setStartIndex(2).setEndIndex(3);
        ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(new Request()
                .setCreateDeveloperMetadata(new CreateDeveloperMetadataRequest().setDeveloperMetadata(
                        new DeveloperMetadata().setMetadataKey("linus").setVisibility("DOCUMENT")
                                .setLocation(new DeveloperMetadataLocation().setDimensionRange(row3))))))).execute();
        DataFilter linus = new DataFilter().setDeveloperMetadataLookup(new DeveloperMetadataLookup()
                .setMetadataKey("linus"));
        BatchUpdateValuesByDataFilterResponse r = ada.spreadsheets().values().batchUpdateByDataFilter(id,
                new BatchUpdateValuesByDataFilterRequest().setValueInputOption("RAW").setData(List.of(
                        new DataFilterValueRange().setDataFilter(linus)
                                .setValues(List.of(List.of("2", "Linus Pauling")))))).execute();
        assertEquals("Sheet1!A3:B3", r.getResponses().get(0).getUpdatedRange());
        assertEquals(List.of(List.of("2", "Linus Pauling")), values(id, "A3:B3"));

        BatchClearValuesByDataFilterResponse cleared = ada.spreadsheets().values().batchClearByDataFilter(id,
                new BatchClearValuesByDataFilterRequest().setDataFilters(List.of(linus, a1("A1")))).execute();
        assertEquals(List.of("Sheet1!A3:Z3", "Sheet1!A1"), cleared.getClearedRanges(), "bounded by the grid");
        assertNull(values(id, "A3:B3"));
        assertNull(values(id, "A1"));
        assertEquals(List.of(List.of("1", "Ada")), values(id, "A2:B2"), "other rows stay");
    }

    @Test
    void aFilterOnAMissingSheetIsGooglesError() throws Exception {
        String id = create();
        GoogleJsonResponseException e = GoogleWorld.error(() -> ada.spreadsheets().values().batchClearByDataFilter(id,
                new BatchClearValuesByDataFilterRequest().setDataFilters(List.of(a1("Nope!A1")))).execute());
        assertEquals(400, e.getStatusCode());
    }
}
