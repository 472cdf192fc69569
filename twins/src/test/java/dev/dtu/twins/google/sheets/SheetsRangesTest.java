package dev.dtu.twins.google.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.AddSheetRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.Border;
import com.google.api.services.sheets.v4.model.Borders;
import com.google.api.services.sheets.v4.model.CellData;
import com.google.api.services.sheets.v4.model.CellFormat;
import com.google.api.services.sheets.v4.model.Color;
import com.google.api.services.sheets.v4.model.CopyPasteRequest;
import com.google.api.services.sheets.v4.model.CutPasteRequest;
import com.google.api.services.sheets.v4.model.DeleteRangeRequest;
import com.google.api.services.sheets.v4.model.GridCoordinate;
import com.google.api.services.sheets.v4.model.GridRange;
import com.google.api.services.sheets.v4.model.InsertRangeRequest;
import com.google.api.services.sheets.v4.model.RandomizeRangeRequest;
import com.google.api.services.sheets.v4.model.RepeatCellRequest;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.SheetProperties;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.TextFormat;
import com.google.api.services.sheets.v4.model.UpdateBordersRequest;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.twins.google.GoogleWorld;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** batchUpdate's range requests (insertRange, deleteRange, copyPaste, cutPaste, updateBorders) through the Java client. */
class SheetsRangesTest {
    static Sheets ada;

    @BeforeAll
    static void start() {
        ada = GoogleWorld.create().sheets("ada");
    }

    private static String spreadsheet(String title, Object[]... rows) throws Exception {
        String id = ada.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties()
                .setTitle(title))).execute().getSpreadsheetId();
        ada.spreadsheets().values().update(id, "A1", new ValueRange().setValues(Arrays.stream(rows).map(List::of)
                .toList())).setValueInputOption("USER_ENTERED").execute();
        return id;
    }

    private static void batch(String id, Request... requests) throws Exception {
        ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(requests))).execute();
    }

    private static GoogleJsonResponseException rejected(String id, Request... requests) {
        return GoogleWorld.error(() -> ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest()
                .setRequests(List.of(requests))).execute());
    }

    private static String shown(String id, String range) throws Exception {
        return String.valueOf(ada.spreadsheets().values().get(id, range).execute().getValues());
    }

    private static String formulas(String id, String range) throws Exception {
        return String.valueOf(ada.spreadsheets().values().get(id, range).setValueRenderOption("FORMULA").execute()
                .getValues());
    }

    private static GridRange range(int sheetId, int startRow, int endRow, int startColumn, int endColumn) {
        return new GridRange().setSheetId(sheetId).setStartRowIndex(startRow).setEndRowIndex(endRow)
                .setStartColumnIndex(startColumn).setEndColumnIndex(endColumn);
    }

    private static Request insert(GridRange range, String shift) {
        return new Request().setInsertRange(new InsertRangeRequest().setRange(range).setShiftDimension(shift));
    }

    private static Request delete(GridRange range, String shift) {
        return new Request().setDeleteRange(new DeleteRangeRequest().setRange(range).setShiftDimension(shift));
    }

    private static Request copy(GridRange source, GridRange destination, String type) {
        return new Request().setCopyPaste(new CopyPasteRequest().setSource(source).setDestination(destination)
                .setPasteType(type));
    }

    private static Request cut(GridRange source, int sheetId, int row, int column) {
        return new Request().setCutPaste(new CutPasteRequest().setSource(source).setDestination(new GridCoordinate()
                .setSheetId(sheetId).setRowIndex(row).setColumnIndex(column)).setPasteType("PASTE_NORMAL"));
    }

    @Test
    void insertRangeShiftsOnlyTheRangesColumnsDownAndFormulasFollow() throws Exception {
        String id = spreadsheet("Insert", new Object[] {"a1", "1", "x1", "=SUM(B1:B4)"},
                new Object[] {"a2", "2", "x2", "=B3"}, new Object[] {"a3", "3", "x3", "=A3&C3"},
                new Object[] {"a4", "4", "x4", "=SUM(A2:C2)"});
        batch(id, insert(range(0, 1, 3, 1, 3), "ROWS"));
        assertEquals("[[a1, 1, x1], [a2], [a3], [a4, 2, x2], [, 3, x3], [, 4, x4]]", shown(id, "A1:C6"),
                "B2:C3 open up; column A stays");
        assertEquals("[[=SUM(B1:B6)], [=B5], [=A3&C5], [=SUM(A2:C2)]]", formulas(id, "D1:D4"),
                "references inside the band follow; one reaching outside it stays");
        assertEquals("[[10], [3], [a3x3], [0]]", shown(id, "D1:D4"));
        assertEquals(1002, ada.spreadsheets().get(id).execute().getSheets().get(0).getProperties()
                .getGridProperties().getRowCount(), "cells pushed off the end grow the grid");

        batch(id, insert(range(0, 0, 1, 0, 2), "COLUMNS"));
        assertEquals("[[, , a1, 1, x1, =SUM(B1:B6)]]", formulas(id, "A1:F1"), "row 1 only shifts right");
        assertEquals("[[a2, , , =B5]]", formulas(id, "A2:F2"), "row 2 is outside the band");
    }

    @Test
    void deleteRangeShiftsCellsInAndReferencesToDeletedCellsBreak() throws Exception {
        String id = spreadsheet("Delete", new Object[] {"1", "=SUM(A1:A5)", "=SUM(A1:B1)"},
                new Object[] {"2", "=A2"}, new Object[] {"3", "=A4"}, new Object[] {"4"}, new Object[] {"5"},
                new Object[] {}, new Object[] {"", "p", "q", "r", "s", "=E7"});
        batch(id, delete(range(0, 1, 3, 0, 1), "ROWS"), delete(range(0, 6, 7, 2, 4), "COLUMNS"));
        assertEquals("[[1, =SUM(A1:A3), =SUM(A1:B1)], [4, =#REF!], [5, =A2]]", formulas(id, "A1:C3"));
        assertEquals("[[1, 10, 11], [4, #REF!], [5, 4]]", shown(id, "A1:C3"));
        assertEquals("[[, p, s, =C7]]", formulas(id, "A7:F7"), "E7:F7 move left over C7:D7, F7's reference with it");
        assertEquals("[[, p, s, s]]", shown(id, "A7:F7"));
    }

    @Test
    void copyPasteMovesRelativeReferencesAndRepeatsToFillTheDestination() throws Exception {
        String id = spreadsheet("Copy", new Object[] {"1", "=A1*10"}, new Object[] {"2", "=$A$2+A1"});
        batch(id, copy(range(0, 0, 2, 0, 2), range(0, 4, 5, 3, 4), "PASTE_NORMAL"),
                copy(range(0, 0, 2, 0, 1), range(0, 0, 6, 6, 7), "PASTE_NORMAL"),
                copy(range(0, 0, 2, 0, 1), range(0, 0, 5, 7, 8), "PASTE_NORMAL"),
                copy(range(0, 0, 1, 1, 2), range(0, 4, 5, 0, 1), "PASTE_NORMAL"));
        assertEquals("[[1, =D5*10], [2, =$A$2+D5]]", formulas(id, "D5:E6"),
                "a destination smaller than the source still gets all of it");
        assertEquals("[[1], [2], [1], [2], [1], [2]]", shown(id, "G1:G6"), "six rows hold the two rows three times");
        assertEquals("[[1], [2]]", shown(id, "H1:H5"), "five rows are no multiple of two: one copy");
        assertEquals("[[=#REF!*10]]", formulas(id, "A5"), "A1 one column left of A is off the grid");
        assertEquals("[[10], [3]]", shown(id, "E5:E6"));

        batch(id, new Request().setCopyPaste(new CopyPasteRequest().setSource(range(0, 0, 2, 0, 2))
                .setDestination(range(0, 9, 10, 9, 10)).setPasteOrientation("TRANSPOSE")));
        assertEquals("[[1, 2]]", shown(id, "J10:K10"), "transposed: the first column becomes the first row");
    }

    @Test
    void pasteTypesPasteTheirPartOnly() throws Exception {
        String id = spreadsheet("Types", new Object[] {"10", "=A1*2", "keep", "20"});
        batch(id, new Request().setRepeatCell(new RepeatCellRequest().setRange(range(0, 0, 1, 0, 1)).setCell(
                        new CellData().setUserEnteredFormat(new CellFormat().setTextFormat(new TextFormat().setBold(true))))
                        .setFields("userEnteredFormat.textFormat.bold")),
                copy(range(0, 0, 1, 1, 2), range(0, 0, 1, 4, 5), "PASTE_NORMAL"),
                copy(range(0, 0, 1, 4, 5), range(0, 1, 2, 4, 5), "PASTE_VALUES"),
                copy(range(0, 0, 1, 0, 1), range(0, 0, 1, 2, 3), "PASTE_FORMAT"),
                copy(range(0, 0, 1, 1, 2), range(0, 2, 3, 1, 2), "PASTE_FORMULA"),
                copy(range(0, 0, 1, 0, 1), range(0, 3, 4, 0, 1), "PASTE_CONDITIONAL_FORMATTING"));
        assertEquals("[[=D1*2], [40]]", formulas(id, "E1:E2"),
                "values paste what the formula pasted earlier in the batch computes, as a number");
        assertEquals("[[=A3*2]]", formulas(id, "B3"));
        var c1 = ada.spreadsheets().get(id).setRanges(List.of("C1")).setIncludeGridData(true).execute()
                .getSheets().get(0).getData().get(0).getRowData().get(0).getValues().get(0);
        assertEquals("keep", c1.getUserEnteredValue().getStringValue(), "a format paste leaves the value");
        assertEquals(true, c1.getUserEnteredFormat().getTextFormat().getBold());
        assertEquals("null", shown(id, "A4"), "the twin keeps no conditional formats, so that paste writes nothing");
    }

    @Test
    void cutPasteMovesCellsAndReferencesFollowThem() throws Exception {
        String id = spreadsheet("Cut", new Object[] {"5", "", "=A1+A2", "=SUM(A1:A2)", "=G1", "", "7"},
                new Object[] {"=A1*2+B9"}, new Object[] {}, new Object[] {}, new Object[] {}, new Object[] {},
                new Object[] {}, new Object[] {}, new Object[] {"", "1"});
        batch(id, cut(range(0, 0, 2, 0, 1), 0, 0, 6));
        assertEquals("[[, , =G1+G2, =SUM(G1:G2), =#REF!, , 5], [, , , , , , =G1*2+B9]]", formulas(id, "A1:G2"),
                "the cut cells are empty; G1 was overwritten, so E1's reference to it breaks");
        assertEquals("[[, , 16, 16, #REF!, , 5], [, , , , , , 11]]", shown(id, "A1:G2"));

        batch(id, new Request().setAddSheet(new AddSheetRequest().setProperties(new SheetProperties()
                .setSheetId(7).setTitle("Other"))), cut(range(0, 0, 2, 6, 7), 7, 1, 1));
        assertEquals("[[, , =Other!B2+Other!B3, =SUM(Other!B2:B3)]]", formulas(id, "A1:D1"));
        assertEquals("[[], [, 5], [, =B2*2+Sheet1!B9]]", formulas(id, "Other!A1:B3"),
                "a moved formula names the sheet it no longer sits on");
        assertEquals("[[, , 16, 16]]", shown(id, "A1:D1"));
    }

    @Test
    void updateBordersWritesTheCellsFormatAndLeavesUnsetSides() throws Exception {
        String id = spreadsheet("Borders", new Object[] {"x"});
        Border red = new Border().setStyle("SOLID").setColor(new Color().setRed(1f));
        batch(id, new Request().setUpdateBorders(new UpdateBordersRequest()
                        .setRange(range(0, 0, 2, 0, 2)).setTop(red).setBottom(new Border().setStyle("DASHED"))
                        .setLeft(new Border().setStyle("SOLID_THICK")).setInnerHorizontal(new Border().setStyle("DOTTED"))),
                new Request().setUpdateBorders(new UpdateBordersRequest()
                        .setRange(range(0, 0, 2, 0, 2)).setRight(new Border().setStyle("DOUBLE"))),
                new Request().setUpdateBorders(new UpdateBordersRequest()
                        .setRange(range(0, 0, 1, 1, 2)).setTop(new Border().setStyle("NONE"))));
        var rows = ada.spreadsheets().get(id).setRanges(List.of("A1:B2")).setIncludeGridData(true).execute()
                .getSheets().get(0).getData().get(0).getRowData();
        Borders a1 = rows.get(0).getValues().get(0).getUserEnteredFormat().getBorders();
        assertEquals("SOLID", a1.getTop().getStyle());
        assertEquals(1f, a1.getTop().getColor().getRed());
        assertEquals("DOTTED", a1.getBottom().getStyle(), "the inner border is A1's bottom");
        assertEquals("SOLID_THICK", a1.getLeft().getStyle());
        assertNull(a1.getRight(), "no inner vertical border was asked for");
        assertEquals("x", rows.get(0).getValues().get(0).getUserEnteredValue().getStringValue());
        Borders b1 = rows.get(0).getValues().get(1).getUserEnteredFormat().getBorders();
        assertNull(b1.getTop(), "NONE clears");
        assertEquals("DOUBLE", b1.getRight().getStyle(), "a later request leaves the sides it does not set");
        Borders b2 = rows.get(1).getValues().get(1).getUserEnteredFormat().getBorders();
        assertEquals(List.of("DOTTED", "DASHED", "DOUBLE"), List.of(b2.getTop().getStyle(), b2.getBottom().getStyle(),
                b2.getRight().getStyle()));
        assertEquals("DASHED", rows.get(1).getValues().get(0).getEffectiveFormat().getBorders().getBottom().getStyle());
    }

    @Test
    void badRangeRequestsGetGooglesErrorsAndChangeNothing() throws Exception {
        String id = spreadsheet("Invalid", new Object[] {"1"}, new Object[] {"2"});
        Request fine = copy(range(0, 0, 2, 0, 1), range(0, 0, 2, 1, 2), "PASTE_NORMAL");
        assertEquals("Invalid requests[1].insertRange: No grid with id: 99",
                rejected(id, fine, insert(range(99, 0, 1, 0, 1), "ROWS")).getDetails().getMessage());
        assertEquals("null", shown(id, "B1:B2"), "the copy before the bad request was not kept");
        assertEquals("Invalid value at 'requests[0].copy_paste.paste_type' "
                + "(type.googleapis.com/google.apps.sheets.v4.PasteType), \"PASTE_EVERYTHING\"",
                rejected(id, copy(range(0, 0, 1, 0, 1), range(0, 0, 1, 1, 2), "PASTE_EVERYTHING")).getDetails()
                        .getMessage());
        assertEquals("Invalid value at 'requests[0].insert_range.shift_dimension' "
                + "(type.googleapis.com/google.apps.sheets.v4.Dimension), \"DIAGONAL\"",
                rejected(id, insert(range(0, 0, 1, 0, 1), "DIAGONAL")).getDetails().getMessage());
        assertEquals("Invalid requests[0].deleteRange: shiftDimension must be ROWS or COLUMNS.",
                rejected(id, delete(range(0, 0, 1, 0, 1), null)).getDetails().getMessage());
        assertEquals("Invalid value at 'requests[0].update_borders.top.style' "
                + "(type.googleapis.com/google.apps.sheets.v4.Border.Style), \"WAVY\"",
                rejected(id, new Request().setUpdateBorders(new UpdateBordersRequest().setRange(range(0, 0, 1, 0, 1)).setTop(new Border().setStyle("WAVY"))))
                        .getDetails().getMessage());
        assertEquals("Invalid requests[0].deleteRange: GridRange indexes must be >= 0",
                rejected(id, delete(range(0, -1, 1, 0, 1), "ROWS")).getDetails().getMessage());
        assertEquals("Invalid requests[0].copyPaste: GridRange.startRowIndex[5] must be <= GridRange.endRowIndex[2]",
                rejected(id, copy(range(0, 5, 2, 0, 1), range(0, 0, 1, 1, 2), "PASTE_NORMAL")).getDetails()
                        .getMessage());
        assertEquals("Invalid requests[0].cutPaste: GridCoordinate.rowIndex[1000] is after last row in grid[999]",
                rejected(id, cut(range(0, 0, 1, 0, 1), 0, 1000, 0)).getDetails().getMessage());
        GoogleJsonResponseException offGrid = rejected(id, copy(range(0, 0, 2, 0, 1), range(0, 999, 1000, 0, 1),
                "PASTE_NORMAL"));
        assertEquals(400, offGrid.getStatusCode());
        assertEquals("Invalid requests[0].copyPaste: Range (Sheet1!A1000:A1001) exceeds grid limits. Max rows: 1000, "
                + "max columns: 26", offGrid.getDetails().getMessage());
        assertEquals("INVALID_ARGUMENT", offGrid.getDetails().get("status"));
        assertEquals("[[1], [2]]", shown(id, "A1:B2"));
    }

    @Test
    void requestKindsTheTwinLacksStillGetCannotFindField() throws Exception {
        GoogleJsonResponseException e = rejected(spreadsheet("Unknown", new Object[] {"1"}), new Request().setRandomizeRange(
                new RandomizeRangeRequest().setRange(range(0, 0, 1, 0, 1))));
        assertEquals(400, e.getStatusCode());
        assertEquals("Invalid JSON payload received. Unknown name \"randomizeRange\" at 'requests[0]': Cannot find field.",
                e.getDetails().getMessage());
    }
}
