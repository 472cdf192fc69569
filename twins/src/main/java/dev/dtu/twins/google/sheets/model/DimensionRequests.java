package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.resource.convention.FieldMask;
import dev.dtu.twins.google.errors.GoogleException;
import dev.dtu.twins.google.sheets.model.formula.AxisChange;
import dev.dtu.twins.google.sheets.model.formula.ReferenceMove;
import dev.dtu.twins.google.sheets.model.formula.ReferenceShift;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * batchUpdate requests on whole rows and columns: insertDimension, deleteDimension, appendDimension, moveDimension,
 * updateDimensionProperties and autoResizeDimensions.
 *
 * <p>Where the messages come from. Quoted from Google in public bug reports and app code: "No grid with id: N"
 * (appendDimension), "DimensionRange indexes must be &gt;= 0" (insertDimension), "Cannot delete a row that doesn't
 * exist" (deleteDimension; the sentence after it is from another project's fake), "This action would increase the
 * number of cells in the workbook above the limit of 10000000 cells.". Recorded from a scratch spreadsheet by other
 * projects' fixtures: "range.startIndex is larger than current grid size (N)", "range.startIndex must be less than
 * the grid size (N) if inheritFromBefore is false.", "You can't delete all the rows on the sheet.", and the
 * moveDimension merge refusal. Not seen from Google, written in the same pattern: an end index past the grid, a
 * start after the end, a destination past the grid, a bad length or pixel size, a data source sheet, the column
 * limit, developer metadata.
 */
final class DimensionRequests {
    /** Google's limit on the cells of all grids of a spreadsheet. */
    static final long MAX_CELLS = 10_000_000L;

    private final SpreadsheetEditor book;

    DimensionRequests(SpreadsheetEditor book) {
        this.book = book;
    }

    /**
     * A DimensionRange read and checked against its sheet; an index left out is unbounded (0, or the grid's size).
     */
    record Span(EditSheet sheet, boolean rows, int start, int end) {
        int size() {
            return rows ? sheet.rowCount() : sheet.columnCount();
        }

        String noun() {
            return rows ? "row" : "column";
        }
    }

    /**
     * @param range the DimensionRange JSON
     * @param name  the field's name in messages ("range", "source", "dimensions")
     * @param at    the request's proto path ("requests[0].move_dimension"), for Google's enum parse error
     */
    Span span(JsonNode range, String name, String at) {
        EditSheet sheet = book.sheetWithId(range.path("sheetId").asInt(0));
        boolean rows = dimension(range.path("dimension"), name + ".dimension", at + "." + name + ".dimension");
        int size = rows ? sheet.rowCount() : sheet.columnCount();
        Integer start = index(range, "startIndex");
        Integer end = index(range, "endIndex");
        if ((start != null && start < 0) || (end != null && end < 0)) {
            throw GoogleException.invalidArgument("DimensionRange indexes must be >= 0");
        }
        int first = start == null ? 0 : start;
        int last = end == null ? Math.max(first, size) : end;
        if (first > last) {
            throw GoogleException.invalidArgument(name + ".startIndex must be less than or equal to " + name
                    + ".endIndex");
        }
        return new Span(sheet, rows, first, last);
    }

    private static Integer index(JsonNode range, String field) {
        JsonNode n = range.get(field);
        return n == null || n.isNull() ? null : n.asInt();
    }

    /** ROWS (true) or COLUMNS; Google's JSON error for a value the enum lacks, its own message for none. */
    static boolean dimension(JsonNode value, String name, String protoPath) {
        String text = value.asText("");
        return switch (text) {
            case "ROWS" -> true;
            case "COLUMNS" -> false;
            case "", "DIMENSION_UNSPECIFIED" -> throw GoogleException.invalidArgument(name + " must be ROWS or COLUMNS.");
            default -> throw GoogleException.invalidArgument("Invalid value at '" + protoPath
                    + "' (type.googleapis.com/google.apps.sheets.v4.Dimension), \"" + text + "\"");
        };
    }

    private static void checkInGrid(Span s, String name) {
        if (s.start() > s.size()) {
            throw GoogleException.invalidArgument(name + ".startIndex is larger than current grid size (" + s.size() + ")");
        }
        if (s.end() > s.size()) {
            throw GoogleException.invalidArgument(name + ".endIndex is larger than current grid size (" + s.size() + ")");
        }
    }

    // ---- insertDimension, deleteDimension, appendDimension ----

    void insert(JsonNode body, String at) {
        Span s = span(body.path("range"), "range", at);
        if (s.start() > s.size()) {
            throw GoogleException.invalidArgument("range.startIndex is larger than current grid size (" + s.size() + ")");
        }
        if (s.start() == s.size() && !body.path("inheritFromBefore").asBoolean(false)) {
            throw GoogleException.invalidArgument("range.startIndex must be less than the grid size (" + s.size()
                    + ") if inheritFromBefore is false.");
        }
        if (s.end() > s.start()) {
            change(s.sheet(), new ReferenceShift(s.sheet().title(), s.rows(), s.start(), s.end() - s.start()));
            grow(s.sheet(), s.rows(), s.end() - s.start());
        }
    }

    void delete(JsonNode body, String at) {
        Span s = span(body.path("range"), "range", at);
        if (s.end() > s.size()) {
            throw GoogleException.invalidArgument("Cannot delete a " + s.noun() + " that doesn't exist. Tried to delete "
                    + s.noun() + " index " + (s.end() - 1) + " but there are only " + s.size() + " " + s.noun() + "s.");
        }
        if (s.end() - s.start() == s.size()) {
            throw GoogleException.invalidArgument("You can't delete all the " + s.noun() + "s on the sheet.");
        }
        if (s.end() > s.start()) {
            change(s.sheet(), new ReferenceShift(s.sheet().title(), s.rows(), s.start(), s.start() - s.end()));
            grow(s.sheet(), s.rows(), s.start() - s.end());
        }
    }

    /** appendDimension: rows or columns added at the end of the grid, empty and of the default size. */
    void append(JsonNode body, String at) {
        EditSheet sheet = book.sheetWithId(body.path("sheetId").asInt(0));
        boolean rows = dimension(body.path("dimension"), "dimension", at + ".dimension");
        int length = body.path("length").asInt(0);
        if (length <= 0) {
            throw GoogleException.invalidArgument("length must be positive.");
        }
        grow(sheet, rows, length);
    }

    private void grow(EditSheet sheet, boolean rows, int delta) {
        long rowCount = sheet.rowCount() + (rows ? (long) delta : 0);
        long columnCount = sheet.columnCount() + (rows ? 0 : (long) delta);
        if (columnCount > ColumnLetters.MAX_COLUMNS) {
            throw GoogleException.invalidArgument("This action would increase the number of columns in the sheet above"
                    + " the limit of " + ColumnLetters.MAX_COLUMNS + ".");
        }
        long others = 0;
        for (EditSheet s : book.sheets) {
            others += s == sheet ? 0 : (long) s.rowCount() * s.columnCount();
        }
        if (others + rowCount * columnCount > MAX_CELLS) {
            throw cellLimit();
        }
        sheet.properties = sheet.properties.withGrid((int) rowCount, (int) columnCount);
    }

    /** Google's refusal when the grids of a spreadsheet would hold more than ten million cells. */
    static void checkCellLimit(SpreadsheetEditor book) {
        long cells = 0;
        for (EditSheet s : book.sheets) {
            cells += (long) s.rowCount() * s.columnCount();
        }
        if (cells > MAX_CELLS) {
            throw cellLimit();
        }
    }

    static GoogleException cellLimit() {
        return GoogleException.invalidArgument("This action would increase the number of cells in the workbook above the"
                + " limit of " + MAX_CELLS + " cells.");
    }

    /**
     * Moves merges, row/column properties and named ranges of the sheet now; its cells and every formula that points
     * at them move at the book's next {@link SpreadsheetEditor#applyPendingMoves}, together with the other changes
     * of the same run of requests.
     */
    private void change(EditSheet sheet, AxisChange change) {
        sheet.remapMergesAndRuns(change);
        book.moveLater(sheet, change);
        book.namedRanges.replaceAll(n -> n.range().sheetId() != sheet.sheetId() ? n
                : new NamedRange(n.namedRangeId(), n.name(), NamedRanges.moved(n.range(), change)));
        book.namedRanges.removeIf(n -> n.range() == null);
    }

    // ---- moveDimension ----

    /**
     * moveDimension: the rows or columns of {@code source} go to {@code destinationIndex}, counted in the grid before
     * they are taken out (see {@link ReferenceMove}); their cells, merges, sizes and hidden state go with them, and
     * formulas and named ranges that point at them follow.
     */
    void move(JsonNode body, String at) {
        Span s = span(body.path("source"), "source", at);
        checkInGrid(s, "source");
        int destination = body.path("destinationIndex").asInt(0);
        if (destination < 0) {
            throw GoogleException.invalidArgument("destinationIndex must be >= 0");
        }
        if (destination > s.size()) {
            throw GoogleException.invalidArgument("destinationIndex is larger than current grid size (" + s.size() + ")");
        }
        ReferenceMove move = new ReferenceMove(s.sheet().title(), s.rows(), s.start(), s.end(), destination);
        if (move.isIdentity()) {
            return;
        }
        for (GridRange m : s.sheet().merges) {
            int first = s.rows() ? m.startRowIndex() : m.startColumnIndex();
            int end = s.rows() ? m.endRowIndex() : m.endColumnIndex();
            boolean inside = first >= s.start() && end <= s.end();
            boolean outside = end <= s.start() || first >= s.end();
            boolean landsInside = destination > first && destination < end;
            if ((!inside && !outside) || landsInside) {
                throw GoogleException.invalidArgument("Sorry, it is not possible to move a " + s.noun()
                        + " to a position that crosses a merged cell. Please unmerge and try again.");
            }
        }
        change(s.sheet(), move);
    }

    // ---- updateDimensionProperties ----

    /**
     * updateDimensionProperties: sets pixelSize and hiddenByUser on a range as the field mask says. A field in the
     * mask but not in {@code properties} takes its proto default (0, false), as Google's masks do. hiddenByFilter and
     * dataSourceColumnReference are output only and ignored; developer metadata is not kept by the twin.
     */
    void updateProperties(JsonNode body, String at) {
        Span s = body.has("range") || !body.has("dataSourceSheetRange") ? span(body.path("range"), "range", at)
                : dataSourceSheet(body.get("dataSourceSheetRange"));
        String fields = body.path("fields").asText("");
        if (fields.isBlank()) {
            throw GoogleException.invalidArgument("At least one field must be specified.");
        }
        JsonNode p = body.path("properties");
        boolean setSize = false;
        boolean setHidden = false;
        for (String path : FieldMask.parse(fields).paths()) {
            switch (path) {
                case "*" -> {
                    setSize = true;
                    setHidden = true;
                    if (p.has("developerMetadata")) {
                        throw developerMetadata();
                    }
                }
                case "pixelSize", "pixel_size" -> setSize = true;
                case "hiddenByUser", "hidden_by_user" -> setHidden = true;
                case "hiddenByFilter", "hidden_by_filter", "dataSourceColumnReference", "data_source_column_reference" -> {
                    // output only
                }
                default -> {
                    if (path.startsWith("developerMetadata") || path.startsWith("developer_metadata")) {
                        throw developerMetadata();
                    }
                    throw GoogleException.invalidArgument("Invalid field mask: " + path);
                }
            }
        }
        checkInGrid(s, "range");
        int pixels = p.path("pixelSize").asInt(0);
        if (setSize && pixels < 0) {
            throw GoogleException.invalidArgument("properties.pixelSize must be >= 0");
        }
        boolean hidden = p.path("hiddenByUser").asBoolean(false);
        boolean size = setSize;
        boolean hide = setHidden;
        int defaultPixels = DimensionRuns.defaultPixels(s.rows());
        s.sheet().setRuns(s.rows(), DimensionRuns.update(s.sheet().runs(s.rows()), s.start(), s.end(), r ->
                new DimensionRun(r.start(), r.end(), size ? (pixels == defaultPixels ? null : pixels) : r.pixelSize(),
                        hide ? hidden : r.hiddenByUser())));
    }

    private static GoogleException developerMetadata() {
        return GoogleException.invalidArgument("properties.developerMetadata cannot be set by updateDimensionProperties;"
                + " the twin does not keep developer metadata.");
    }

    // The twin's sheets are all GRID sheets, so a data source sheet range never names one.
    private Span dataSourceSheet(JsonNode range) {
        int sheetId = range.path("sheetId").asInt(0);
        throw GoogleException.invalidArgument("No data source sheet with id: " + sheetId);
    }

    // ---- autoResizeDimensions ----

    /**
     * autoResizeDimensions: Google measures each row's or column's text in its font and sizes it to fit. The twin
     * estimates from the formatted text instead (see {@link #fittedPixels}); rows and columns without any text keep
     * their size, hidden ones stay hidden. Formulas entered earlier in the same batch are measured by their value
     * before this batch (they are recalculated when the batch ends).
     */
    void autoResize(JsonNode body, String at) {
        Span s = body.has("dimensions") || !body.has("dataSourceSheetDimensions")
                ? span(body.path("dimensions"), "dimensions", at)
                : dataSourceSheet(body.get("dataSourceSheetDimensions"));
        checkInGrid(s, "dimensions");
        Map<Integer, Integer> fitted = new TreeMap<>();
        EditSheet sheet = s.sheet();
        for (Map.Entry<CellKey, StoredCell> e : sheet.cells.entrySet()) {
            int row = e.getKey().row();
            int column = e.getKey().column();
            int index = s.rows() ? row : column;
            if (index < s.start() || index >= s.end() || spansSeveral(sheet, row, column, s.rows())) {
                continue;
            }
            CellData data = sheet.cell(row, column);
            String text = ValueFormatter.format(data.effectiveValue(), data.effectiveFormat());
            if (!text.isEmpty()) {
                int width = DimensionRuns.pixelSize(sheet.columnRuns, column, false);
                fitted.merge(index, fittedPixels(text, e.getValue().userEnteredFormat(), s.rows(), width), Math::max);
            }
        }
        int defaultPixels = DimensionRuns.defaultPixels(s.rows());
        List<DimensionRun> runs = sheet.runs(s.rows());
        for (Map.Entry<Integer, Integer> f : fitted.entrySet()) {
            int pixels = f.getValue();
            runs = DimensionRuns.update(runs, f.getKey(), f.getKey() + 1, r -> new DimensionRun(r.start(), r.end(),
                    pixels == defaultPixels ? null : pixels, r.hiddenByUser()));
        }
        sheet.setRuns(s.rows(), runs);
    }

    // A cell merged across several rows (or columns) does not size any one of them, as in Sheets' "fit to data".
    private static boolean spansSeveral(EditSheet sheet, int row, int column, boolean rows) {
        for (GridRange m : sheet.merges) {
            if (m.contains(row, column) && (rows ? m.rowCount() : m.columnCount()) > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The twin's estimate of the size that fits a cell's text, which Google measures in the real font. At Sheets'
     * default Arial 10 an average character is about 7 px wide and a line about 17 px high; the cell adds about
     * 10 px of padding across and 4 px down, so one line of text gives exactly the default row height of 21 px.
     * A font size scales both, bold widens by a tenth, lines are the text's own line breaks, and a cell set to
     * wrap ({@code wrapStrategy: WRAP}) breaks its lines at its column's width.
     */
    static int fittedPixels(String text, JsonNode format, boolean rows, int columnWidth) {
        JsonNode textFormat = format == null ? null : format.path("textFormat");
        double scale = textFormat == null ? 1.0 : textFormat.path("fontSize").asDouble(10) / 10.0;
        double charWidth = 7.0 * scale * (textFormat != null && textFormat.path("bold").asBoolean(false) ? 1.1 : 1.0);
        String[] lines = text.split("\n", -1);
        if (!rows) {
            int longest = 0;
            for (String line : lines) {
                longest = Math.max(longest, line.length());
            }
            return (int) Math.ceil(longest * charWidth) + 10;
        }
        boolean wrap = format != null && "WRAP".equals(format.path("wrapStrategy").asText(""));
        int count = 0;
        for (String line : lines) {
            int wrapped = wrap ? (int) Math.ceil(line.length() * charWidth / Math.max(1, columnWidth - 10)) : 1;
            count += Math.max(1, wrapped);
        }
        return count * (int) Math.round(17 * scale) + 4;
    }
}
