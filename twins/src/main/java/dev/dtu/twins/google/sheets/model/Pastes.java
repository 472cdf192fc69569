package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.google.errors.GoogleException;
import dev.dtu.twins.google.sheets.model.formula.CellMoves;
import dev.dtu.twins.google.sheets.model.formula.CellMoves.Block;
import java.time.Clock;
import java.util.List;

/** copyPaste and cutPaste. */
final class Pastes {
    private static final List<String> ORIENTATIONS = List.of("NORMAL", "TRANSPOSE");

    private final SpreadsheetEditor book;
    private final Clock clock;

    Pastes(SpreadsheetEditor book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    /**
     * Copies the source to the destination's top-left. A destination a whole multiple of the source's height
     * (width) repeats the source down (across) to fill it; any other destination gets one copy, even when it is
     * smaller than the source. Relative references in pasted formulas move with them.
     */
    void copyPaste(JsonNode body, int index) {
        RequestFields fields = new RequestFields(book, index, "copyPaste");
        PasteType type = PasteType.valueOf(fields.enumValue(body, "pasteType", "PasteType", PasteType.NAMES));
        boolean transpose = fields.enumValue(body, "pasteOrientation", "PasteOrientation", ORIENTATIONS)
                .equals("TRANSPOSE");
        GridRange source = fields.range(body, "source");
        GridRange destination = fields.range(body, "destination");
        if (source.rowCount() == 0 || source.columnCount() == 0) {
            return;
        }
        EditSheet from = book.sheetWithId(source.sheetId());
        EditSheet to = book.sheetWithId(destination.sheetId());
        StoredCell[][] block = snapshot(from, source, type);
        int height = transpose ? source.columnCount() : source.rowCount();
        int width = transpose ? source.rowCount() : source.columnCount();
        int down = repeats(destination.rowCount(), height);
        int across = repeats(destination.columnCount(), width);
        checkGrid(to, destination.startRowIndex(), destination.startColumnIndex(), down * height, across * width);
        for (int i = 0; i < down; i++) {
            for (int j = 0; j < across; j++) {
                int top = destination.startRowIndex() + i * height;
                int left = destination.startColumnIndex() + j * width;
                List<GridRange> merges = type.pastesMerges() ? copiedMerges(from, source, to, top, left, transpose)
                        : List.of();
                for (int r = 0; r < block.length; r++) {
                    for (int c = 0; c < block[r].length; c++) {
                        int row = top + (transpose ? c : r);
                        int column = left + (transpose ? r : c);
                        StoredCell moved = FormulaRewrites.rewrite(block[r][c], CellMoves.offset(
                                row - source.startRowIndex() - r, column - source.startColumnIndex() - c));
                        to.put(row, column, type.paste(to.stored(row, column), moved));
                    }
                }
                if (type.pastesMerges()) {
                    replaceMerges(to, new GridRange(to.sheetId(), top, top + height, left, left + width), merges);
                }
            }
        }
    }

    private static int repeats(int destination, int source) {
        return destination >= source && destination % source == 0 ? destination / source : 1;
    }

    /**
     * Moves the source to the destination cell: all of the source is cut whatever the paste type. References
     * to moved cells follow them; references to cells the paste overwrote become #REF!.
     */
    void cutPaste(JsonNode body, int index) {
        RequestFields fields = new RequestFields(book, index, "cutPaste");
        PasteType type = PasteType.valueOf(fields.enumValue(body, "pasteType", "PasteType", PasteType.NAMES));
        GridRange source = fields.range(body, "source");
        int[] at = fields.coordinate(body, "destination");
        if (source.rowCount() == 0 || source.columnCount() == 0) {
            return;
        }
        EditSheet from = book.sheetWithId(source.sheetId());
        EditSheet to = book.sheetWithId(at[0]);
        checkGrid(to, at[1], at[2], source.rowCount(), source.columnCount());
        Block cut = new Block(from.title(), source.startRowIndex(), source.endRowIndex(), source.startColumnIndex(),
                source.endColumnIndex());
        Block pasted = new Block(to.title(), at[1], at[1] + source.rowCount(), at[2], at[2] + source.columnCount());
        StoredCell[][] block = snapshot(from, source, type);
        List<GridRange> merges = copiedMerges(from, source, to, at[1], at[2], false);
        from.merges.removeIf(m -> inside(m, source));
        for (int r = source.startRowIndex(); r < source.endRowIndex(); r++) {
            for (int c = source.startColumnIndex(); c < source.endColumnIndex(); c++) {
                from.put(r, c, StoredCell.EMPTY);
            }
        }
        for (EditSheet s : book.sheets) {
            FormulaRewrites.rewrite(s, CellMoves.blockMove(cut, pasted, s.title(), s.title()));
        }
        for (int r = 0; r < block.length; r++) {
            for (int c = 0; c < block[r].length; c++) {
                StoredCell moved = FormulaRewrites.rewrite(block[r][c],
                        CellMoves.blockMove(cut, pasted, from.title(), to.title()));
                to.put(at[1] + r, at[2] + c, type.paste(to.stored(at[1] + r, at[2] + c), moved));
            }
        }
        if (type.pastesMerges()) {
            replaceMerges(to, new GridRange(to.sheetId(), pasted.startRow(), pasted.endRow(), pasted.startColumn(),
                    pasted.endColumn()), merges);
        }
        book.namedRanges.replaceAll(n -> n.range().sheetId() == from.sheetId() && inside(n.range(), source)
                ? new NamedRange(n.namedRangeId(), n.name(), placed(n.range(), source, to.sheetId(), at[1], at[2], false))
                : n);
    }

    // Pasting values pastes what formulas show now, so earlier requests of the batch are calculated first.
    private StoredCell[][] snapshot(EditSheet sheet, GridRange g, PasteType type) {
        StoredCell[][] block = new StoredCell[g.rowCount()][g.columnCount()];
        boolean formulas = false;
        for (int r = 0; r < block.length; r++) {
            for (int c = 0; c < block[r].length; c++) {
                block[r][c] = sheet.stored(g.startRowIndex() + r, g.startColumnIndex() + c);
                formulas |= block[r][c].userEnteredValue() != null && block[r][c].userEnteredValue().formulaValue() != null;
            }
        }
        if (formulas && type == PasteType.PASTE_VALUES) {
            book.recalculate(clock);
            return snapshot(sheet, g, PasteType.PASTE_NORMAL);
        }
        return block;
    }

    private static void checkGrid(EditSheet sheet, int top, int left, int rows, int columns) {
        if (top + rows > sheet.rowCount() || left + columns > sheet.columnCount()) {
            GridRange area = new GridRange(sheet.sheetId(), top, top + rows, left, left + columns);
            throw GoogleException.invalidArgument("Range (" + A1Range.of(sheet.title(), area).toA1()
                    + ") exceeds grid limits. Max rows: " + sheet.rowCount() + ", max columns: " + sheet.columnCount());
        }
    }

    private static List<GridRange> copiedMerges(EditSheet from, GridRange source, EditSheet to, int top, int left,
                                                boolean transpose) {
        return from.merges.stream().filter(m -> inside(m, source))
                .map(m -> placed(m, source, to.sheetId(), top, left, transpose)).toList();
    }

    private static void replaceMerges(EditSheet sheet, GridRange area, List<GridRange> merges) {
        sheet.merges.removeIf(m -> m.startRowIndex() < area.endRowIndex() && area.startRowIndex() < m.endRowIndex()
                && m.startColumnIndex() < area.endColumnIndex() && area.startColumnIndex() < m.endColumnIndex());
        sheet.merges.addAll(merges);
    }

    private static boolean inside(GridRange r, GridRange source) {
        return r.startRowIndex() != null && r.endRowIndex() != null && r.startColumnIndex() != null
                && r.endColumnIndex() != null
                && r.startRowIndex() >= source.startRowIndex() && r.endRowIndex() <= source.endRowIndex()
                && r.startColumnIndex() >= source.startColumnIndex() && r.endColumnIndex() <= source.endColumnIndex();
    }

    // A range inside the source, placed at the same offset from (top, left), its axes swapped when transposed.
    private static GridRange placed(GridRange r, GridRange source, int sheetId, int top, int left, boolean transpose) {
        int rowFrom = r.startRowIndex() - source.startRowIndex();
        int rowTo = r.endRowIndex() - source.startRowIndex();
        int columnFrom = r.startColumnIndex() - source.startColumnIndex();
        int columnTo = r.endColumnIndex() - source.startColumnIndex();
        return transpose ? new GridRange(sheetId, top + columnFrom, top + columnTo, left + rowFrom, left + rowTo)
                : new GridRange(sheetId, top + rowFrom, top + rowTo, left + columnFrom, left + columnTo);
    }
}
