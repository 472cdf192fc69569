package dev.dtu.twins.google.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.AddNamedRangeRequest;
import com.google.api.services.sheets.v4.model.AppendDimensionRequest;
import com.google.api.services.sheets.v4.model.AutoResizeDimensionsRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetResponse;
import com.google.api.services.sheets.v4.model.CellData;
import com.google.api.services.sheets.v4.model.CellFormat;
import com.google.api.services.sheets.v4.model.DataSourceSheetDimensionRange;
import com.google.api.services.sheets.v4.model.DeleteDimensionRequest;
import com.google.api.services.sheets.v4.model.DimensionProperties;
import com.google.api.services.sheets.v4.model.DimensionRange;
import com.google.api.services.sheets.v4.model.DuplicateSheetRequest;
import com.google.api.services.sheets.v4.model.GridData;
import com.google.api.services.sheets.v4.model.GridProperties;
import com.google.api.services.sheets.v4.model.GridRange;
import com.google.api.services.sheets.v4.model.InsertDimensionRequest;
import com.google.api.services.sheets.v4.model.MergeCellsRequest;
import com.google.api.services.sheets.v4.model.MoveDimensionRequest;
import com.google.api.services.sheets.v4.model.NamedRange;
import com.google.api.services.sheets.v4.model.RepeatCellRequest;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.Sheet;
import com.google.api.services.sheets.v4.model.SheetProperties;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.TextFormat;
import com.google.api.services.sheets.v4.model.UpdateDimensionPropertiesRequest;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.twins.google.GoogleWorld;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The batchUpdate requests on whole rows and columns (appendDimension, moveDimension, updateDimensionProperties,
 * autoResizeDimensions) and the row and column metadata spreadsheets.get returns, driven by the official Java client.
 */
class SheetsDimensionsTest {
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

    private static BatchUpdateSpreadsheetResponse batch(String id, Request... requests) throws Exception {
        return ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(requests)))
                .execute();
    }

    private static GoogleJsonResponseException refused(String id, Request... requests) {
        GoogleJsonResponseException e = GoogleWorld.error(() -> batch(id, requests));
        assertEquals(400, e.getStatusCode(), e.getDetails().getMessage());
        assertEquals("INVALID_ARGUMENT", e.getDetails().get("status"));
        return e;
    }

    private static void write(String id, String range, Object[]... rows) throws Exception {
        ada.spreadsheets().values().update(id, range, new ValueRange().setValues(
                Arrays.stream(rows).map(List::of).toList())).setValueInputOption("USER_ENTERED").execute();
    }

    private static List<List<Object>> read(String id, String range, String render) throws Exception {
        return ada.spreadsheets().values().get(id, range).setValueRenderOption(render).execute().getValues();
    }

    private static DimensionRange rows(int sheetId, Integer start, Integer end) {
        return new DimensionRange().setSheetId(sheetId).setDimension("ROWS").setStartIndex(start).setEndIndex(end);
    }

    private static DimensionRange columns(int sheetId, Integer start, Integer end) {
        return new DimensionRange().setSheetId(sheetId).setDimension("COLUMNS").setStartIndex(start).setEndIndex(end);
    }

    private static Request move(DimensionRange source, int destination) {
        return new Request().setMoveDimension(new MoveDimensionRequest().setSource(source)
                .setDestinationIndex(destination));
    }

    private static Request size(DimensionRange range, Integer pixels, Boolean hidden, String fields) {
        return new Request().setUpdateDimensionProperties(new UpdateDimensionPropertiesRequest().setRange(range)
                .setProperties(new DimensionProperties().setPixelSize(pixels).setHiddenByUser(hidden)).setFields(fields));
    }

    private static Request autoResize(DimensionRange range) {
        return new Request().setAutoResizeDimensions(new AutoResizeDimensionsRequest().setDimensions(range));
    }

    private static GridProperties grid(String id, int sheetIndex) throws Exception {
        return ada.spreadsheets().get(id).execute().getSheets().get(sheetIndex).getProperties().getGridProperties();
    }

    private static GridData gridData(String id, String range) throws Exception {
        return ada.spreadsheets().get(id).setRanges(List.of(range)).setIncludeGridData(true).execute().getSheets()
                .get(0).getData().get(0);
    }

    private static List<Integer> sizes(List<DimensionProperties> metadata) {
        return metadata.stream().map(DimensionProperties::getPixelSize).toList();
    }

    private static List<Boolean> hidden(List<DimensionProperties> metadata) {
        return metadata.stream().map(p -> Boolean.TRUE.equals(p.getHiddenByUser())).toList();
    }

    @Test
    void requestKindsTheTwinLacksStillGetTheParseError() throws Exception {
        String id = newSpreadsheet("Unknown kinds");
        GoogleJsonResponseException e = refused(id, new Request().setAddSlicer(new com.google.api.services.sheets.v4.model
                .AddSlicerRequest().setSlicer(new com.google.api.services.sheets.v4.model.Slicer())));
        assertEquals("Invalid JSON payload received. Unknown name \"addSlicer\" at 'requests[0]': Cannot find field.",
                e.getDetails().getMessage());
    }

    @Test
    void appendDimensionGrowsTheGridWithEmptyDefaultSizedRowsAndColumns() throws Exception {
        String id = newSpreadsheet("Append");
        BatchUpdateSpreadsheetResponse r = batch(id,
                new Request().setAppendDimension(new AppendDimensionRequest().setSheetId(0).setDimension("ROWS")
                        .setLength(500)),
                new Request().setAppendDimension(new AppendDimensionRequest().setSheetId(0).setDimension("COLUMNS")
                        .setLength(4)));
        assertEquals(2, r.getReplies().size());
        assertTrue(r.getReplies().get(0).isEmpty(), "appendDimension has no reply: " + r.getReplies().get(0));
        GridProperties g = grid(id, 0);
        assertEquals(1500, g.getRowCount());
        assertEquals(30, g.getColumnCount());
        write(id, "AD1500", new Object[] {"last"});
        assertEquals(List.of(List.of("last")), read(id, "Sheet1!AD1500", "FORMATTED_VALUE"));
        GridData data = gridData(id, "AC1499:AD1500");
        assertEquals(List.of(21, 21), sizes(data.getRowMetadata()));
        assertEquals(List.of(100, 100), sizes(data.getColumnMetadata()));
    }

    @Test
    void appendDimensionIsValidatedAsGoogleDoes() throws Exception {
        String id = newSpreadsheet("Append errors");
        assertEquals("Invalid requests[0].appendDimension: No grid with id: 42", refused(id, new Request()
                .setAppendDimension(new AppendDimensionRequest().setSheetId(42).setDimension("ROWS").setLength(1)))
                .getDetails().getMessage());
        assertEquals("Invalid requests[0].appendDimension: length must be positive.", refused(id, new Request()
                .setAppendDimension(new AppendDimensionRequest().setSheetId(0).setDimension("ROWS").setLength(0)))
                .getDetails().getMessage());
        assertEquals("Invalid value at 'requests[0].append_dimension.dimension' "
                + "(type.googleapis.com/google.apps.sheets.v4.Dimension), \"ROW\"", refused(id, new Request()
                .setAppendDimension(new AppendDimensionRequest().setSheetId(0).setDimension("ROW").setLength(1)))
                .getDetails().getMessage());
        assertEquals("Invalid requests[1].appendDimension: This action would increase the number of cells in the "
                + "workbook above the limit of 10000000 cells.", refused(id,
                new Request().setAppendDimension(new AppendDimensionRequest().setSheetId(0).setDimension("ROWS")
                        .setLength(1)),
                new Request().setAppendDimension(new AppendDimensionRequest().setSheetId(0).setDimension("ROWS")
                        .setLength(400_000))).getDetails().getMessage());
        assertEquals(1000, grid(id, 0).getRowCount(), "a refused batch changes nothing");
    }

    @Test
    void moveDimensionFollowsTheDocumentedExampleAndFormulasFollowTheCells() throws Exception {
        String id = newSpreadsheet("Move rows");
        write(id, "A1", new Object[] {"0", "=A2", "=SUM(A1:A5)"}, new Object[] {"1", "=A4*10"},
                new Object[] {"2"}, new Object[] {"3"}, new Object[] {"4"});
        batch(id, new Request().setAddNamedRange(new AddNamedRangeRequest().setNamedRange(new NamedRange()
                .setName("Two").setRange(new GridRange().setSheetId(0).setStartRowIndex(2).setEndRowIndex(3)
                        .setStartColumnIndex(0).setEndColumnIndex(1)))));
        // The MoveDimensionRequest docs: moving rows [1, 3) of 0,1,2,3,4 to destination 4 gives 0,3,1,2,4.
        assertTrue(batch(id, move(rows(0, 1, 3), 4)).getReplies().get(0).isEmpty());
        assertEquals(List.of(List.of("0"), List.of("3"), List.of("1"), List.of("2"), List.of("4")),
                read(id, "A1:A5", "FORMATTED_VALUE"));
        assertEquals("[[0, =A3, =SUM(A1:A5)], [3], [1, =A2*10], [2], [4]]", read(id, "A1:C5", "FORMULA").toString(),
                "references point at the same cells after the move; the moved row's own formula moves with it");
        assertEquals("[[0, 1, 10], [3], [1, 30], [2], [4]]", read(id, "A1:C5", "FORMATTED_VALUE").toString());
        NamedRange two = ada.spreadsheets().get(id).execute().getNamedRanges().get(0);
        assertEquals(3, two.getRange().getStartRowIndex(), "the named range follows the cell it named");
        assertEquals(List.of(List.of("2")), read(id, "Two", "FORMATTED_VALUE"));

        batch(id, move(rows(0, 3, 4), 0)); // and upwards: "2" goes back to the top
        assertEquals(List.of(List.of("2"), List.of("0"), List.of("3"), List.of("1"), List.of("4")),
                read(id, "A1:A5", "FORMATTED_VALUE"));
        batch(id, move(rows(0, 1, 3), 2)); // a destination inside the source changes nothing
        assertEquals(List.of(List.of("2"), List.of("0"), List.of("3"), List.of("1"), List.of("4")),
                read(id, "A1:A5", "FORMATTED_VALUE"));
    }

    @Test
    void movedColumnsTakeTheirFormatsMergesAndSizes() throws Exception {
        String id = newSpreadsheet("Move columns");
        write(id, "A1", new Object[] {"a", "b", "c", "d", "=A1&C1"});
        batch(id,
                new Request().setRepeatCell(new RepeatCellRequest().setRange(new GridRange().setSheetId(0)
                                .setStartRowIndex(0).setEndRowIndex(1).setStartColumnIndex(0).setEndColumnIndex(1))
                        .setCell(new CellData().setUserEnteredFormat(new CellFormat().setTextFormat(
                                new TextFormat().setBold(true)))).setFields("userEnteredFormat.textFormat.bold")),
                new Request().setMergeCells(new MergeCellsRequest().setMergeType("MERGE_ALL").setRange(new GridRange()
                        .setSheetId(0).setStartRowIndex(2).setEndRowIndex(4).setStartColumnIndex(0)
                        .setEndColumnIndex(1))),
                size(columns(0, 0, 1), 180, null, "pixelSize"),
                size(columns(0, 1, 2), null, true, "hiddenByUser"));
        batch(id, move(columns(0, 0, 2), 3)); // A:B go after C
        assertEquals("[[c, a, b, d, ac]]", read(id, "A1:E1", "FORMATTED_VALUE").toString());
        assertEquals("[[c, a, b, d, =B1&A1]]", read(id, "A1:E1", "FORMULA").toString());
        Spreadsheet s = ada.spreadsheets().get(id).setRanges(List.of("A1:E1")).setIncludeGridData(true).execute();
        Sheet sheet = s.getSheets().get(0);
        GridData data = sheet.getData().get(0);
        assertEquals(Boolean.TRUE, data.getRowData().get(0).getValues().get(1).getUserEnteredFormat().getTextFormat()
                .getBold(), "the bold cell moved with its column");
        assertNull(data.getRowData().get(0).getValues().get(0).getUserEnteredFormat());
        assertEquals(List.of(100, 180, 100, 100, 100), sizes(data.getColumnMetadata()));
        assertEquals(List.of(false, false, true, false, false), hidden(data.getColumnMetadata()));
        GridRange merge = sheet.getMerges().get(0);
        assertEquals(List.of(2, 4, 1, 2), List.of(merge.getStartRowIndex(), merge.getEndRowIndex(),
                merge.getStartColumnIndex(), merge.getEndColumnIndex()));
    }

    @Test
    void moveDimensionIsValidatedAsGoogleDoes() throws Exception {
        String id = newSpreadsheet("Move errors");
        batch(id, new Request().setMergeCells(new MergeCellsRequest().setMergeType("MERGE_ALL").setRange(new GridRange()
                .setSheetId(0).setStartRowIndex(3).setEndRowIndex(6).setStartColumnIndex(0).setEndColumnIndex(2))));
        assertEquals("Invalid requests[0].moveDimension: Sorry, it is not possible to move a row to a position that "
                + "crosses a merged cell. Please unmerge and try again.",
                refused(id, move(rows(0, 4, 5), 0)).getDetails().getMessage(), "a source cutting a merge");
        assertEquals("Invalid requests[0].moveDimension: Sorry, it is not possible to move a row to a position that "
                + "crosses a merged cell. Please unmerge and try again.",
                refused(id, move(rows(0, 0, 1), 5)).getDetails().getMessage(), "a destination inside a merge");
        batch(id, move(rows(0, 3, 6), 0)); // the whole merge moves
        GridRange merge = ada.spreadsheets().get(id).execute().getSheets().get(0).getMerges().get(0);
        assertEquals(List.of(0, 3), List.of(merge.getStartRowIndex(), merge.getEndRowIndex()));

        assertEquals("Invalid requests[0].moveDimension: No grid with id: 7",
                refused(id, move(rows(7, 0, 1), 2)).getDetails().getMessage());
        assertEquals("Invalid requests[0].moveDimension: DimensionRange indexes must be >= 0",
                refused(id, move(rows(0, -1, 1), 2)).getDetails().getMessage());
        assertEquals("Invalid requests[0].moveDimension: source.startIndex must be less than or equal to "
                + "source.endIndex", refused(id, move(rows(0, 3, 1), 8)).getDetails().getMessage());
        assertEquals("Invalid requests[0].moveDimension: source.endIndex is larger than current grid size (26)",
                refused(id, move(columns(0, 20, 27), 0)).getDetails().getMessage());
        assertEquals("Invalid requests[0].moveDimension: destinationIndex is larger than current grid size (1000)",
                refused(id, move(rows(0, 10, 11), 1001)).getDetails().getMessage());
        assertEquals("Invalid requests[0].moveDimension: source.dimension must be ROWS or COLUMNS.",
                refused(id, move(new DimensionRange().setSheetId(0).setStartIndex(0).setEndIndex(1), 3))
                        .getDetails().getMessage());
    }

    @Test
    void updateDimensionPropertiesKeepsSizesAndHiddenRowsWhereGetReturnsThem() throws Exception {
        String id = newSpreadsheet("Sizes");
        batch(id,
                size(columns(0, 1, 3), 250, null, "pixelSize"),
                size(rows(0, 2, 3), null, true, "hiddenByUser"),
                size(rows(0, 3, null), 40, null, "pixelSize")); // an open end runs to the grid's end
        GridData data = gridData(id, "A1:D5");
        assertEquals(List.of(100, 250, 250, 100), sizes(data.getColumnMetadata()));
        assertEquals(List.of(21, 21, 21, 40, 40), sizes(data.getRowMetadata()));
        assertEquals(List.of(false, false, true, false, false), hidden(data.getRowMetadata()));
        assertNull(data.getRowMetadata().get(0).getHiddenByUser(), "hiddenByUser is only written when true");

        Spreadsheet whole = ada.spreadsheets().get(id).setIncludeGridData(true).execute();
        GridData all = whole.getSheets().get(0).getData().get(0);
        assertEquals(1000, all.getRowMetadata().size(), "one DimensionProperties per row of the grid");
        assertEquals(26, all.getColumnMetadata().size());
        assertEquals(40, all.getRowMetadata().get(999).getPixelSize());
        assertNull(ada.spreadsheets().get(id).execute().getSheets().get(0).getData(), "no grid data unless asked");

        batch(id, size(rows(0, 2, 3), 60, false, "pixelSize")); // the mask says what changes
        data = gridData(id, "A3");
        assertEquals(List.of(60), sizes(data.getRowMetadata()));
        assertEquals(List.of(true), hidden(data.getRowMetadata()), "hiddenByUser was not in the mask");
        batch(id, size(rows(0, 2, 3), null, null, "hiddenByUser,pixelSize")); // masked but unset: proto defaults
        data = gridData(id, "A3");
        assertEquals(List.of(0), sizes(data.getRowMetadata()));
        assertEquals(List.of(false), hidden(data.getRowMetadata()));
        batch(id, size(columns(0, 0, 26), 100, null, "*"));
        assertEquals(List.of(100, 100, 100), sizes(gridData(id, "A1:C1").getColumnMetadata()));
    }

    @Test
    void sizesFollowInsertedDeletedAndDuplicatedRowsAndColumns() throws Exception {
        String id = newSpreadsheet("Sizes follow");
        batch(id, size(columns(0, 1, 2), 300, null, "pixelSize"), size(rows(0, 4, 5), 55, null, "pixelSize"));
        batch(id,
                new Request().setInsertDimension(new InsertDimensionRequest().setRange(columns(0, 0, 2))),
                new Request().setDeleteDimension(new DeleteDimensionRequest().setRange(rows(0, 0, 2))),
                new Request().setDuplicateSheet(new DuplicateSheetRequest().setSourceSheetId(0).setNewSheetId(9)
                        .setNewSheetName("Copy")));
        assertEquals(List.of(100, 100, 100, 300, 100), sizes(gridData(id, "A1:E1").getColumnMetadata()));
        assertEquals(List.of(21, 21, 55, 21), sizes(gridData(id, "A1:A4").getRowMetadata()));
        Spreadsheet copy = ada.spreadsheets().get(id).setRanges(List.of("Copy!A3:D3")).setIncludeGridData(true)
                .execute();
        GridData copied = copy.getSheets().get(0).getData().get(0);
        assertEquals(List.of(55), sizes(copied.getRowMetadata()));
        assertEquals(List.of(100, 100, 100, 300), sizes(copied.getColumnMetadata()));
    }

    @Test
    void updateDimensionPropertiesIsValidatedAsGoogleDoes() throws Exception {
        String id = newSpreadsheet("Size errors");
        assertEquals("Invalid requests[0].updateDimensionProperties: At least one field must be specified.",
                refused(id, size(rows(0, 0, 1), 30, null, null)).getDetails().getMessage());
        assertEquals("Invalid requests[0].updateDimensionProperties: No grid with id: 5",
                refused(id, size(rows(5, 0, 1), 30, null, "pixelSize")).getDetails().getMessage());
        assertEquals("Invalid requests[0].updateDimensionProperties: range.startIndex must be less than or equal to "
                + "range.endIndex", refused(id, size(rows(0, 4, 2), 30, null, "pixelSize")).getDetails().getMessage());
        assertEquals("Invalid requests[0].updateDimensionProperties: range.endIndex is larger than current grid size "
                + "(26)", refused(id, size(columns(0, 0, 30), 30, null, "pixelSize")).getDetails().getMessage());
        assertEquals("Invalid requests[0].updateDimensionProperties: range.startIndex is larger than current grid size "
                + "(1000)", refused(id, size(rows(0, 1001, null), 30, null, "pixelSize")).getDetails().getMessage());
        assertEquals("Invalid value at 'requests[0].update_dimension_properties.range.dimension' "
                + "(type.googleapis.com/google.apps.sheets.v4.Dimension), \"COLUMN\"", refused(id,
                size(new DimensionRange().setSheetId(0).setDimension("COLUMN"), 30, null, "pixelSize"))
                .getDetails().getMessage());
        assertEquals("Invalid requests[0].updateDimensionProperties: No data source sheet with id: 0", refused(id,
                new Request().setUpdateDimensionProperties(new UpdateDimensionPropertiesRequest()
                        .setDataSourceSheetRange(new DataSourceSheetDimensionRange().setSheetId(0))
                        .setProperties(new DimensionProperties().setPixelSize(30)).setFields("pixelSize")))
                .getDetails().getMessage());
        assertEquals("Invalid requests[0].updateDimensionProperties: properties.pixelSize must be >= 0",
                refused(id, size(rows(0, 0, 1), -3, null, "pixelSize")).getDetails().getMessage());
        assertEquals("Invalid requests[0].updateDimensionProperties: Invalid field mask: width",
                refused(id, size(rows(0, 0, 1), 30, null, "width")).getDetails().getMessage());
        assertEquals(List.of(21), sizes(gridData(id, "A1").getRowMetadata()), "nothing was applied");
    }

    @Test
    void autoResizeDimensionsFitsTheFormattedText() throws Exception {
        String id = newSpreadsheet("Fit");
        write(id, "A1", new Object[] {"A rather long customer name", "x", "", "1234.5"},
                new Object[] {"two\nlines", "", "", ""});
        batch(id, size(columns(0, 2, 3), 250, null, "pixelSize"), size(rows(0, 2, 3), 80, null, "pixelSize"));
        batch(id, autoResize(columns(0, 0, 4)), autoResize(rows(0, 0, 3)));
        GridData data = gridData(id, "A1:E3");
        // The twin's estimate: about 7 px a character plus 10 px of padding; 17 px a line plus 4.
        assertEquals(List.of(27 * 7 + 10, 17, 250, 6 * 7 + 10, 100), sizes(data.getColumnMetadata()),
                "an empty column keeps its width; a column outside the range too");
        assertEquals(List.of(21, 2 * 17 + 4, 80), sizes(data.getRowMetadata()), "an empty row keeps its height");

        assertEquals("Invalid requests[0].autoResizeDimensions: No grid with id: 3",
                refused(id, autoResize(columns(3, 0, 1))).getDetails().getMessage());
        assertEquals("Invalid requests[0].autoResizeDimensions: dimensions.endIndex is larger than current grid size "
                + "(26)", refused(id, autoResize(columns(0, 0, 27))).getDetails().getMessage());
        assertEquals("Invalid requests[0].autoResizeDimensions: DimensionRange indexes must be >= 0",
                refused(id, autoResize(rows(0, -2, 3))).getDetails().getMessage());
        assertEquals("Invalid requests[0].autoResizeDimensions: No data source sheet with id: 0", refused(id,
                new Request().setAutoResizeDimensions(new AutoResizeDimensionsRequest().setDataSourceSheetDimensions(
                        new DataSourceSheetDimensionRange().setSheetId(0)))).getDetails().getMessage());
    }

    @Test
    void insertAtTheEndNeedsInheritFromBefore() throws Exception {
        String id = newSpreadsheet("Insert at end");
        assertEquals("Invalid requests[0].insertDimension: range.startIndex must be less than the grid size (26) if "
                + "inheritFromBefore is false.", refused(id, new Request().setInsertDimension(
                new InsertDimensionRequest().setRange(columns(0, 26, 28)))).getDetails().getMessage());
        assertEquals("Invalid requests[0].insertDimension: range.startIndex is larger than current grid size (26)",
                refused(id, new Request().setInsertDimension(new InsertDimensionRequest().setRange(columns(0, 27, 28))
                        .setInheritFromBefore(true))).getDetails().getMessage());
        batch(id, new Request().setInsertDimension(new InsertDimensionRequest().setRange(columns(0, 26, 28))
                .setInheritFromBefore(true)));
        assertEquals(28, grid(id, 0).getColumnCount());
        assertEquals("Invalid requests[0].deleteDimension: Cannot delete a row that doesn't exist. Tried to delete row "
                + "index 1000 but there are only 1000 rows.", refused(id, new Request().setDeleteDimension(
                new DeleteDimensionRequest().setRange(rows(0, 999, 1001)))).getDetails().getMessage());
    }

    @Test
    void insertedAndDeletedRowsMoveMerges() throws Exception {
        String id = newSpreadsheet("Merges follow");
        batch(id, new Request().setMergeCells(new MergeCellsRequest().setMergeType("MERGE_ALL").setRange(new GridRange()
                .setSheetId(0).setStartRowIndex(2).setEndRowIndex(4).setStartColumnIndex(0).setEndColumnIndex(2))));
        batch(id, new Request().setInsertDimension(new InsertDimensionRequest().setRange(rows(0, 0, 3))));
        GridRange merge = ada.spreadsheets().get(id).execute().getSheets().get(0).getMerges().get(0);
        assertEquals(List.of(5, 7), List.of(merge.getStartRowIndex(), merge.getEndRowIndex()));
        batch(id, new Request().setDeleteDimension(new DeleteDimensionRequest().setRange(rows(0, 5, 7))));
        assertNull(ada.spreadsheets().get(id).execute().getSheets().get(0).getMerges(),
                "a merge whose rows were all deleted goes");
    }
}
