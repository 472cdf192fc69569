package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.google.errors.GoogleException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Reads the fields range requests share (GridRange, GridCoordinate, enums) from one request of a batch, and
 * rejects them as Google does: a value the JSON cannot hold names its field path ("requests[0].copy_paste.
 * paste_type"), which only the whole message carries; a bad range or sheet is a reason the caller prefixes.
 */
final class RequestFields {
    static final List<String> DIMENSION = List.of("DIMENSION_UNSPECIFIED", "ROWS", "COLUMNS");

    private final SpreadsheetEditor book;
    private final String path;

    RequestFields(SpreadsheetEditor book, int index, String kind) {
        this.book = book;
        this.path = "requests[" + index + "]." + snakeCase(kind);
    }

    /**
     * An enum field ("pasteType", "top.style"), by name or number; absent is the proto default, the first value.
     * Google names the enum's full type ("type.googleapis.com/google.apps.sheets.v4.PasteType") and echoes the value.
     */
    String enumValue(JsonNode body, String field, String type, List<String> values) {
        JsonNode value = at(body, field);
        if (value.isMissingNode() || value.isNull()) {
            return values.get(0);
        }
        if (value.isTextual() && values.contains(value.asText())) {
            return value.asText();
        }
        if (value.isIntegralNumber() && value.asInt() >= 0 && value.asInt() < values.size()) {
            return values.get(value.asInt());
        }
        throw invalidValue(field, "type.googleapis.com/google.apps.sheets.v4." + type, value);
    }

    /** A message field ("source", "top"): absent reads as empty, a value that is no object names the type. */
    JsonNode object(JsonNode body, String field, String type) {
        JsonNode n = at(body, field);
        if (!n.isMissingNode() && !n.isNull() && !n.isObject()) {
            throw invalidValue(field, "type.googleapis.com/google.apps.sheets.v4." + type, n);
        }
        return n;
    }

    private GoogleException invalidValue(String field, String type, JsonNode value) {
        return GoogleException.invalidArgument("Invalid value at '" + path + "." + snakeCase(field) + "' (" + type
                + "), " + value);
    }

    /** ROWS (true) or COLUMNS from a Dimension field that must be set. */
    boolean rows(JsonNode node, String field) {
        String dimension = enumValue(node, field, "Dimension", DIMENSION);
        if (dimension.equals("DIMENSION_UNSPECIFIED")) {
            throw GoogleException.invalidArgument(field + " must be ROWS or COLUMNS.");
        }
        return dimension.equals("ROWS");
    }

    /** A GridRange on an existing sheet, its open sides closed and cut to the grid (possibly empty). */
    GridRange range(JsonNode body, String field) {
        JsonNode n = object(body, field, "GridRange");
        String at = snakeCase(field) + ".";
        GridRange g = new GridRange(int32(n, "sheetId", at), index(n, "startRowIndex", at),
                index(n, "endRowIndex", at), index(n, "startColumnIndex", at), index(n, "endColumnIndex", at));
        checkOrder("Row", g.startRowIndex(), g.endRowIndex());
        checkOrder("Column", g.startColumnIndex(), g.endColumnIndex());
        EditSheet sheet = book.sheetWithId(g.sheetId());
        return g.clampTo(sheet.rowCount(), sheet.columnCount());
    }

    private static void checkOrder(String axis, Integer start, Integer end) {
        if ((start != null && start < 0) || (end != null && end < 0)) {
            throw GoogleException.invalidArgument("GridRange indexes must be >= 0");
        }
        if (start != null && end != null && start > end) {
            throw GoogleException.invalidArgument("GridRange.start" + axis + "Index[" + start
                    + "] must be <= GridRange.end" + axis + "Index[" + end + "]");
        }
    }

    /** A GridCoordinate that must lie inside its sheet's grid: {sheetId, row, column}. */
    int[] coordinate(JsonNode body, String field) {
        JsonNode n = object(body, field, "GridCoordinate");
        String at = snakeCase(field) + ".";
        int sheetId = int32(n, "sheetId", at);
        int row = int32(n, "rowIndex", at);
        int column = int32(n, "columnIndex", at);
        if (row < 0 || column < 0) {
            throw GoogleException.invalidArgument("GridCoordinate indexes must be >= 0");
        }
        EditSheet sheet = book.sheetWithId(sheetId);
        if (row >= sheet.rowCount()) {
            throw GoogleException.invalidArgument("GridCoordinate.rowIndex[" + row + "] is after last row in grid["
                    + (sheet.rowCount() - 1) + "]");
        }
        if (column >= sheet.columnCount()) {
            throw GoogleException.invalidArgument("GridCoordinate.columnIndex[" + column
                    + "] is after last column in grid[" + (sheet.columnCount() - 1) + "]");
        }
        return new int[] {sheetId, row, column};
    }

    private Integer index(JsonNode n, String field, String at) {
        return n.hasNonNull(field) ? int32(n, field, at) : null;
    }

    // Whole JSON numbers and numeric strings are int32s to Google; anything else names the field.
    private int int32(JsonNode n, String field, String at) {
        JsonNode value = n.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return 0;
        }
        if (value.isNumber() || value.isTextual()) {
            try {
                return (value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText())).intValueExact();
            } catch (ArithmeticException | NumberFormatException notAnInt32) {
                // Google's error below
            }
        }
        throw invalidValue(at + field, "TYPE_INT32", value);
    }

    private static JsonNode at(JsonNode body, String field) {
        JsonNode n = body;
        for (String name : field.split("\\.")) {
            n = n.path(name);
        }
        return n;
    }

    /** Google's field paths are the proto's names: "shiftDimension" is "shift_dimension". */
    static String snakeCase(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
