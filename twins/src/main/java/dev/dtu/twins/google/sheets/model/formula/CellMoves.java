package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.ColumnLetters;
import dev.dtu.twins.google.sheets.model.formula.WrittenReference.Corner;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How references change when cells move without whole rows or columns moving: insertRange and deleteRange
 * shift part of a sheet, cutPaste moves a block, copyPaste writes a formula somewhere else. Each rule is for
 * one formula, read on the sheet it sits on; {@code null} from a rule is {@code #REF!}.
 */
public final class CellMoves {
    private CellMoves() {}

    /** A block of cells on a sheet, end-exclusive. */
    public record Block(String sheetTitle, int startRow, int endRow, int startColumn, int endColumn) {

        boolean holds(WrittenReference ref, String formulaSheet) {
            return ref.sheetIn(formulaSheet).equalsIgnoreCase(sheetTitle)
                    && ref.low(true) >= startRow && ref.high(true) < endRow
                    && ref.low(false) >= startColumn && ref.high(false) < endColumn;
        }
    }

    /**
     * Cells of {@code sheetTitle} at or after {@code start} on one axis move by {@code delta}, but only those in
     * the band [bandFirst, bandLast] of the other axis. A reference moves only when it lies wholly inside the
     * band; one reaching outside it keeps its cells, as Sheets leaves references it cannot move as a block.
     */
    public static UnaryOperator<WrittenReference> bandShift(String formulaSheet, String sheetTitle, boolean rows,
                                                             int bandFirst, int bandLast, int start, int delta) {
        ReferenceShift shift = new ReferenceShift(sheetTitle, rows, start, delta);
        return ref -> {
            if (!ref.sheetIn(formulaSheet).equalsIgnoreCase(sheetTitle) || !ref.bounded(rows)
                    || ref.low(!rows) < bandFirst || ref.high(!rows) > bandLast) {
                return ref;
            }
            int low = ref.low(rows);
            int high = ref.high(rows);
            int[] span = shift.movedSpan(low, high + 1);
            if (span == null || !inGrid(rows, span[1] - 1)) {
                return null;
            }
            if (span[0] == low && span[1] == high + 1) {
                return ref;
            }
            return ref.with(ref.sheetName(), onAxis(ref.first(), rows, low, span), onAxis(ref.last(), rows, low, span));
        };
    }

    private static Corner onAxis(Corner c, boolean rows, int low, int[] span) {
        int index = rows ? c.row() : c.column();
        int moved = index == low ? span[0] : span[1] - 1;
        return rows ? c.withRow(moved) : c.withColumn(moved);
    }

    /**
     * cutPaste: references to cells wholly inside {@code source} follow them to {@code destination}; references
     * to cells the paste overwrote become #REF!. A formula that moved is read on its old sheet and written on its
     * new one, so a reference it keeps to its old sheet gains that sheet's name.
     */
    public static UnaryOperator<WrittenReference> blockMove(Block source, Block destination, String sheetBefore,
                                                             String sheetAfter) {
        int rows = destination.startRow() - source.startRow();
        int columns = destination.startColumn() - source.startColumn();
        return ref -> {
            boolean moves = source.holds(ref, sheetBefore);
            if (!moves && destination.holds(ref, sheetBefore)) {
                return null;
            }
            String target = moves ? destination.sheetTitle() : ref.sheetIn(sheetBefore);
            String name = qualifier(ref.sheetName(), target, sheetAfter);
            if (!moves) {
                return Objects.equals(name, ref.sheetName()) ? ref
                        : ref.with(name, ref.first(), ref.last());
            }
            Corner first = shifted(ref.first(), rows, columns, false);
            Corner last = shifted(ref.last(), rows, columns, false);
            return first == null || last == null ? null : ref.with(name, first, last);
        };
    }

    private static String qualifier(String written, String target, String formulaSheet) {
        if (written != null && written.equalsIgnoreCase(target)) {
            return written;
        }
        return written == null && target.equalsIgnoreCase(formulaSheet) ? null : target;
    }

    /**
     * copyPaste: a formula written {@code rows} down and {@code columns} right of where it was; relative parts
     * of its references move with it, $-anchored parts stay. A reference pushed off the grid is #REF!.
     */
    public static UnaryOperator<WrittenReference> offset(int rows, int columns) {
        return ref -> {
            Corner first = shifted(ref.first(), rows, columns, true);
            Corner last = shifted(ref.last(), rows, columns, true);
            if (first == null || last == null) {
                return null;
            }
            return first.equals(ref.first()) && last.equals(ref.last()) ? ref : ref.with(ref.sheetName(), first, last);
        };
    }

    private static Corner shifted(Corner c, int rows, int columns, boolean relativeOnly) {
        Integer row = c.row() == null || (relativeOnly && c.rowAbsolute()) ? c.row() : (Integer) (c.row() + rows);
        Integer column = c.column() == null || (relativeOnly && c.columnAbsolute()) ? c.column()
                : (Integer) (c.column() + columns);
        if ((row != null && !inGrid(true, row)) || (column != null && !inGrid(false, column))) {
            return null;
        }
        return new Corner(row, c.rowAbsolute(), column, c.columnAbsolute());
    }

    private static boolean inGrid(boolean rows, int index) {
        return index >= 0 && (rows || index < ColumnLetters.MAX_COLUMNS);
    }
}
