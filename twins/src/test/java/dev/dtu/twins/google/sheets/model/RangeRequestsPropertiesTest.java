package dev.dtu.twins.google.sheets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.server.http.Json;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** State rules of insertRange, deleteRange, cutPaste and copyPaste on random sheets of values and formulas. */
class RangeRequestsPropertiesTest {

    /** One entry typed into Sheet1 (rows 0..9, columns A..F): a number or a formula over that area. */
    record Entry(int row, int column, String input) {}

    @Provide
    Arbitrary<List<Entry>> sheets() {
        Arbitrary<String> cell = Combinators.combine(Arbitraries.strings().withChars("ABCDEF").ofLength(1),
                Arbitraries.integers().between(1, 10)).as((c, r) -> c + r);
        Arbitrary<String> formula = Arbitraries.oneOf(
                Combinators.combine(cell, cell).as((a, b) -> "=" + a + "+" + b),
                Combinators.combine(cell, cell).as((a, b) -> "=SUM(" + a + ":" + b + ")"),
                cell.map(a -> "=$" + a.charAt(0) + "$" + a.substring(1) + "*2"));
        Arbitrary<String> input = Arbitraries.oneOf(Arbitraries.integers().between(-99, 99).map(String::valueOf), formula);
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 5), input)
                .as(Entry::new).list().ofMaxSize(25);
    }

    private static SpreadsheetEditor book(List<Entry> entries) {
        SpreadsheetEditor book = SpreadsheetEditor.open(SpreadsheetEditor.blank("props", "Props"));
        for (Entry e : entries) {
            SpreadsheetEditor.enter(book.sheetWithId(0), e.row(), e.column(), new TextNode(e.input()),
                    ValueInputOption.USER_ENTERED);
        }
        return book;
    }

    private static Map<String, String> entered(SpreadsheetEditor book) {
        Map<String, String> out = new TreeMap<>();
        book.sheetWithId(0).cells.forEach((key, cell) -> out.put(key.toString(), String.valueOf(cell.userEnteredValue())));
        return out;
    }

    private static void apply(SpreadsheetEditor book, ObjectNode... requests) {
        ArrayNode list = Json.array();
        for (ObjectNode r : requests) {
            list.add(r);
        }
        new SheetRequests(book).apply(list);
    }

    private static ObjectNode range(int startRow, int rows, int startColumn, int columns) {
        return Json.object().put("sheetId", 0).put("startRowIndex", startRow).put("endRowIndex", startRow + rows)
                .put("startColumnIndex", startColumn).put("endColumnIndex", startColumn + columns);
    }

    private static ObjectNode request(String kind, ObjectNode body) {
        ObjectNode r = Json.object();
        r.set(kind, body);
        return r;
    }

    @Property(tries = 300)
    void deletingTheRangeJustInsertedRestoresEveryCellAndFormula(@ForAll("sheets") List<Entry> entries,
            @ForAll @IntRange(min = 0, max = 9) int row, @ForAll @IntRange(min = 1, max = 4) int rows,
            @ForAll @IntRange(min = 0, max = 5) int column, @ForAll @IntRange(min = 1, max = 4) int columns,
            @ForAll boolean shiftRows) {
        SpreadsheetEditor book = book(entries);
        Map<String, String> before = entered(book);
        ObjectNode g = range(row, rows, column, columns);
        String dimension = shiftRows ? "ROWS" : "COLUMNS";
        apply(book, request("insertRange", Json.object().put("shiftDimension", dimension).set("range", g)),
                request("deleteRange", Json.object().put("shiftDimension", dimension).set("range", g.deepCopy())));
        assertEquals(before, entered(book));
    }

    @Property(tries = 300)
    void cuttingToAnEmptyPlaceAndBackRestoresEveryCellAndFormula(@ForAll("sheets") List<Entry> entries,
            @ForAll @IntRange(min = 0, max = 9) int row, @ForAll @IntRange(min = 1, max = 5) int rows,
            @ForAll @IntRange(min = 0, max = 5) int column, @ForAll @IntRange(min = 1, max = 4) int columns,
            @ForAll @IntRange(min = 20, max = 900) int toRow, @ForAll @IntRange(min = 10, max = 20) int toColumn) {
        SpreadsheetEditor book = book(entries);
        Map<String, String> before = entered(book);
        ObjectNode there = Json.object().put("sheetId", 0).put("rowIndex", toRow).put("columnIndex", toColumn);
        ObjectNode back = Json.object().put("sheetId", 0).put("rowIndex", row).put("columnIndex", column);
        apply(book, request("cutPaste", Json.object().<ObjectNode>set("source", range(row, rows, column, columns))
                        .set("destination", there)),
                request("cutPaste", Json.object().<ObjectNode>set("source", range(toRow, rows, toColumn, columns))
                        .set("destination", back)));
        assertEquals(before, entered(book));
    }

    @Property(tries = 200)
    void copyPasteRepeatsTheSourceOnlyOverWholeMultiples(@ForAll @IntRange(min = 1, max = 4) int height,
            @ForAll @IntRange(min = 1, max = 4) int width, @ForAll @IntRange(min = 1, max = 13) int destinationHeight,
            @ForAll @IntRange(min = 1, max = 13) int destinationWidth) {
        SpreadsheetEditor book = SpreadsheetEditor.open(SpreadsheetEditor.blank("tiles", "Tiles"));
        EditSheet sheet = book.sheetWithId(0);
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                SpreadsheetEditor.enter(sheet, r, c, new TextNode(r + "/" + c), ValueInputOption.RAW);
            }
        }
        apply(book, request("copyPaste", Json.object().<ObjectNode>set("source", range(0, height, 0, width))
                .set("destination", range(20, destinationHeight, 10, destinationWidth))));
        int down = destinationHeight % height == 0 ? destinationHeight / height : 1;
        int across = destinationWidth % width == 0 ? destinationWidth / width : 1;
        for (int r = 0; r < 20 + 14; r++) {
            for (int c = 10; c < 10 + 14; c++) {
                boolean pasted = r >= 20 && r < 20 + down * height && c < 10 + across * width;
                String expected = pasted ? ((r - 20) % height) + "/" + ((c - 10) % width) : null;
                CellValueJson value = sheet.stored(r, c).userEnteredValue();
                assertEquals(expected, value == null ? null : value.stringValue(), "at " + new CellKey(r, c));
            }
        }
    }
}
