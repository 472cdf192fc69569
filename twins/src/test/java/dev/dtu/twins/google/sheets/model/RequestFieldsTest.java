package dev.dtu.twins.google.sheets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.errors.GoogleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Range request fields as JSON carries them, which the Java client cannot send wrong. */
class RequestFieldsTest {

    private static SpreadsheetEditor book() {
        SpreadsheetEditor book = SpreadsheetEditor.open(SpreadsheetEditor.blank("fields", "Fields"));
        SpreadsheetEditor.enter(book.sheetWithId(0), 0, 0, Json.tree("x"), ValueInputOption.RAW);
        return book;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"insertRange\": {\"range\": {\"startRowIndex\": \"abc\"}, \"shiftDimension\": \"ROWS\"}}"
            + " | Invalid value at 'requests[0].insert_range.range.start_row_index' (TYPE_INT32), \"abc\"",
        "{\"deleteRange\": {\"range\": {\"endColumnIndex\": 2.5}, \"shiftDimension\": 2}}"
            + " | Invalid value at 'requests[0].delete_range.range.end_column_index' (TYPE_INT32), 2.5",
        "{\"cutPaste\": {\"source\": \"A1:B2\"}}"
            + " | Invalid value at 'requests[0].cut_paste.source' (type.googleapis.com/google.apps.sheets.v4.GridRange),"
            + " \"A1:B2\"",
        "{\"copyPaste\": {\"pasteOrientation\": 7}}"
            + " | Invalid value at 'requests[0].copy_paste.paste_orientation'"
            + " (type.googleapis.com/google.apps.sheets.v4.PasteOrientation), 7",
        "{\"updateBorders\": {\"left\": {\"color\": {}}}}"
            + " | Invalid requests[0].updateBorders: left.style must be specified.",
        "{\"cutPaste\": {\"source\": {}, \"destination\": {\"columnIndex\": 26}}}"
            + " | Invalid requests[0].cutPaste: GridCoordinate.columnIndex[26] is after last column in grid[25]",
    })
    void malformedFieldsAreRejectedWithTheirPath(String request, String message) {
        GoogleException e = assertThrows(GoogleException.class,
                () -> new SheetRequests(book()).apply(Json.array().add(Json.read(request, JsonNode.class))));
        assertEquals(message, e.getMessage());
        assertEquals(400, e.code());
    }

    @Test
    void numbersInStringsAndEnumsByNumberAreAccepted() {
        SpreadsheetEditor book = book();
        new SheetRequests(book).apply(Json.read("[{\"copyPaste\": {\"source\": {\"endRowIndex\": \"1\", "
                + "\"endColumnIndex\": 1.0}, \"destination\": {\"startColumnIndex\": \"1\"}, \"pasteType\": 1}}, "
                + "{\"insertRange\": {\"range\": {\"startColumnIndex\": 2, \"endColumnIndex\": 3}, "
                + "\"shiftDimension\": 1}}]", JsonNode.class));
        assertEquals("x", book.sheetWithId(0).stored(0, 1).userEnteredValue().stringValue(), "PASTE_VALUES of A1 to B1");
        assertEquals(2000, book.sheetWithId(0).rowCount(), "ROWS: column C's 1000 rows shifted down");
    }
}
