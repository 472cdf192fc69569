package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.google.errors.GoogleException;
import dev.dtu.twins.google.sheets.model.formula.AxisChange;
import dev.dtu.twins.google.sheets.model.formula.Recalculator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A working copy of a spreadsheet for one request: batchUpdate requests and value writes change it,
 * {@link #freeze} recalculates every formula and gives the new immutable {@link Spreadsheet}.
 */
public final class SpreadsheetEditor implements Workbook {
    final String id;
    String title;
    String locale;
    String timeZone;
    final List<EditSheet> sheets = new ArrayList<>();
    final List<NamedRange> namedRanges = new ArrayList<>();
    /** The spreadsheet's own developer metadata (a sheet's is in its extras). */
    final List<com.fasterxml.jackson.databind.JsonNode> developerMetadata = new ArrayList<>();
    /**
     * Row and column changes whose moving of cells and formulas waits for {@link #applyPendingMoves}, so that a run
     * of insertDimension, deleteDimension and moveDimension requests is one pass over the cells, not one per request.
     */
    private final List<PendingMove> pendingMoves = new ArrayList<>();

    private record PendingMove(EditSheet sheet, AxisChange change) {}

    private SpreadsheetEditor(Spreadsheet s) {
        this.id = s.spreadsheetId();
        this.title = s.title();
        this.locale = s.locale();
        this.timeZone = s.timeZone();
        s.sheets().forEach(sheet -> sheets.add(EditSheet.of(sheet)));
        namedRanges.addAll(s.namedRanges());
        developerMetadata.addAll(s.developerMetadata());
    }

    /** The spreadsheet's own developer metadata (spreadsheets.get's top-level developerMetadata). */
    public List<com.fasterxml.jackson.databind.JsonNode> ownDeveloperMetadata() {
        return java.util.Collections.unmodifiableList(developerMetadata);
    }

    public static SpreadsheetEditor open(Spreadsheet s) {
        return new SpreadsheetEditor(s);
    }

    /** Google's locale for a new spreadsheet that names none. */
    public static final String DEFAULT_LOCALE = "en_US";
    /** Google's time zone for a new spreadsheet created without {@code properties.timeZone}. */
    public static final String DEFAULT_TIME_ZONE = "Etc/GMT";

    /** A new spreadsheet with Google's defaults: one sheet "Sheet1" of 1000 rows and 26 columns. */
    public static Spreadsheet blank(String id, String title) {
        return blank(id, title, DEFAULT_LOCALE, DEFAULT_TIME_ZONE);
    }

    public static Spreadsheet blank(String id, String title, String locale, String timeZone) {
        SheetProperties p = new SheetProperties(0, "Sheet1", 0, 1000, 26, 0, 0, false, false);
        return new Spreadsheet(id, title, locale, timeZone, List.of(new Sheet(p, Map.of(), List.of())), List.of(),
                List.of());
    }

    /** Recalculates with the universe's clock read in the spreadsheet's time zone, as Google's NOW() and TODAY() are. */
    public Spreadsheet freeze(Clock clock) {
        applyPendingMoves();
        recalculate(clock);
        for (int i = 0; i < sheets.size(); i++) {
            sheets.get(i).properties = sheets.get(i).properties.withIndex(i);
        }
        return new Spreadsheet(id, title, locale, timeZone, sheets.stream().map(EditSheet::freeze).toList(), namedRanges,
                developerMetadata);
    }

    /**
     * Records that {@code sheet}'s cells and every formula's references must follow {@code change} (its merges and
     * row or column properties have already moved); done at the next {@link #applyPendingMoves}.
     */
    void moveLater(EditSheet sheet, AxisChange change) {
        pendingMoves.add(new PendingMove(sheet, change));
    }

    /** Moves cells and rewrites formulas for the changes recorded since the last call, one pass over each. */
    void applyPendingMoves() {
        if (pendingMoves.isEmpty()) {
            return;
        }
        List<PendingMove> moves = List.copyOf(pendingMoves);
        pendingMoves.clear();
        for (EditSheet sheet : sheets) {
            List<AxisChange> own = moves.stream().filter(m -> m.sheet() == sheet).map(PendingMove::change).toList();
            if (!own.isEmpty()) {
                sheet.remapCells(own);
            }
        }
        List<AxisChange> all = moves.stream().map(PendingMove::change).toList();
        sheets.forEach(s -> s.rewriteFormulas(all));
    }

    /** Stores every formula's current value, as {@link #freeze} does, for a request that reads computed values. */
    void recalculate(Clock clock) {
        Map<CellAddress, CellData> results = Recalculator.recalculate(this, clock.withZone(TimeZones.zoneOf(timeZone)));
        results.forEach((address, data) -> {
            EditSheet sheet = sheetWithId(address.sheetId());
            StoredCell stored = sheet.stored(address.row(), address.column());
            sheet.put(address.row(), address.column(),
                    stored.withEffective(CellValueJson.of(data.effectiveValue()), data.effectiveFormat()));
        });
    }

    @Override
    public List<EditSheet> sheets() {
        return sheets;
    }

    @Override
    public List<NamedRange> namedRanges() {
        return namedRanges;
    }

    public EditSheet sheetWithId(int sheetId) {
        return findSheet(sheetId).orElseThrow(() -> GoogleException.invalidArgument("No grid with id: " + sheetId));
    }

    public Optional<EditSheet> findSheet(int sheetId) {
        return sheets.stream().filter(s -> s.sheetId() == sheetId).findFirst();
    }

    /** An A1/R1C1 range or named range as grid coordinates; Google's "Unable to parse range" otherwise. */
    public GridRange range(String a1) {
        return resolve(a1);
    }

    /** Writes a block of input values at the range's top-left, as values.update does. */
    public GridRange write(GridRange range, List<List<JsonNode>> rows, boolean rowMajor, ValueInputOption option,
                           String echo) {
        GridRange target = anchorOnly(range);
        EditSheet sheet = sheetWithId(target.sheetId());
        int startRow = target.startRowIndex() == null ? 0 : target.startRowIndex();
        int startColumn = target.startColumnIndex() == null ? 0 : target.startColumnIndex();
        int height = 0;
        int width = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<JsonNode> line = rows.get(i);
            for (int j = 0; j < line.size(); j++) {
                int row = startRow + (rowMajor ? i : j);
                int column = startColumn + (rowMajor ? j : i);
                checkInside(target, row, column, echo);
                checkGrid(sheet, row, column);
                JsonNode value = line.get(j);
                if (value != null && !value.isNull()) {
                    enter(sheet, row, column, value, option);
                }
                height = Math.max(height, row - startRow + 1);
                width = Math.max(width, column - startColumn + 1);
            }
        }
        if (height == 0 || width == 0) {
            return null;
        }
        return new GridRange(sheet.sheetId(), startRow, startRow + height, startColumn, startColumn + width);
    }

    // A single cell names only where the data starts (https://developers.google.com/sheets/api/guides/values).
    private static GridRange anchorOnly(GridRange g) {
        boolean singleCell = g.startRowIndex() != null && g.endRowIndex() != null && g.startColumnIndex() != null
                && g.endColumnIndex() != null && g.rowCount() == 1 && g.columnCount() == 1;
        return singleCell ? new GridRange(g.sheetId(), g.startRowIndex(), null, g.startColumnIndex(), null) : g;
    }

    private static void checkInside(GridRange target, int row, int column, String echo) {
        if (target.endRowIndex() != null && row >= target.endRowIndex()) {
            throw GoogleException.invalidArgument("Requested writing within range [" + echo + "], but tried writing to row ["
                    + (row + 1) + "]");
        }
        if (target.endColumnIndex() != null && column >= target.endColumnIndex()) {
            throw GoogleException.invalidArgument("Requested writing within range [" + echo
                    + "], but tried writing to column [" + ColumnLetters.toLetters(column) + "]");
        }
    }

    private static void checkGrid(EditSheet sheet, int row, int column) {
        if (row >= sheet.rowCount() || column >= sheet.columnCount()) {
            // Google quotes only titles that need it: "Range (Solar!Y1) exceeds grid limits. Max rows: 981, max
            // columns: 24" (quoted in home-assistant/core#104198); "Range ('Lighthouse Results'!A1001) ...".
            throw GoogleException.invalidArgument("Range (" + SheetNames.quoteIfNeeded(sheet.title()) + "!"
                    + ColumnLetters.toLetters(Math.min(column, ColumnLetters.MAX_COLUMNS - 1)) + (row + 1)
                    + ") exceeds grid limits. Max rows: " + sheet.rowCount() + ", max columns: " + sheet.columnCount());
        }
    }

    /** Enters one JSON value: strings are parsed under USER_ENTERED, numbers and booleans stay as they are. */
    static void enter(EditSheet sheet, int row, int column, JsonNode value, ValueInputOption option) {
        StoredCell current = sheet.stored(row, column);
        EnteredValue entered;
        if (value.isNumber()) {
            entered = EnteredValue.of(CellValue.number(value.asDouble()));
        } else if (value.isBoolean()) {
            entered = EnteredValue.of(CellValue.bool(value.asBoolean()));
        } else if (value.isContainerNode()) {
            throw GoogleException.invalidArgument("Invalid values[" + row + "][" + column + "]: " + value);
        } else {
            CellText.check(value.asText());
            entered = UserEnteredParser.parse(value.asText(), option);
        }
        NumberFormat implied = entered.format() != null && current.numberFormat() == null ? entered.format() : null;
        sheet.put(row, column, current.withEntered(entered.value(), implied));
    }

    /** Clears values (formats stay), as values.clear does. */
    public void clear(GridRange range) {
        EditSheet sheet = sheetWithId(range.sheetId());
        GridRange g = range.clampTo(sheet.rowCount(), sheet.columnCount());
        for (CellKey key : sheet.cells.keySet()) {
            int r = key.row();
            int c = key.column();
            if (g.contains(r, c)) {
                sheet.put(r, c, sheet.cells.get(key).withValues(null, null));
            }
        }
    }

    /** Grows a sheet so a row index exists (values.append adds rows past the end of the grid). */
    public void ensureRows(EditSheet sheet, int rowCount) {
        if (rowCount > sheet.rowCount()) {
            sheet.properties = sheet.properties.withGrid(rowCount, sheet.columnCount());
        }
    }

    public void ensureColumns(EditSheet sheet, int columnCount) {
        if (columnCount > sheet.columnCount()) {
            sheet.properties = sheet.properties.withGrid(sheet.rowCount(), columnCount);
        }
    }

    public String title() {
        return title;
    }

    public String locale() {
        return locale;
    }

    public String timeZone() {
        return timeZone;
    }

    public String spreadsheetId() {
        return id;
    }
}
