package dev.dtu.twins.google.sheets.model;

import dev.dtu.twins.google.sheets.model.formula.ReferenceShift;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A sheet being edited: mutable, and readable by the formula evaluator. Cells are keyed row-major. */
public final class EditSheet implements SheetData {
    static final long STRIDE = ColumnLetters.MAX_COLUMNS;

    SheetProperties properties;
    final TreeMap<Long, StoredCell> cells = new TreeMap<>();
    final List<GridRange> merges = new ArrayList<>();

    EditSheet(SheetProperties properties) {
        this.properties = properties;
    }

    static EditSheet of(Sheet sheet) {
        EditSheet s = new EditSheet(sheet.properties());
        sheet.cells().forEach((a1, cell) -> {
            A1Range r = A1Range.parse(a1);
            s.cells.put(key(r.start().row(), r.start().column()), cell);
        });
        s.merges.addAll(sheet.merges());
        return s;
    }

    Sheet freeze() {
        Map<String, StoredCell> out = new HashMap<>();
        cells.forEach((k, v) -> out.put(ColumnLetters.toLetters(column(k)) + (row(k) + 1), v));
        return new Sheet(properties, out, merges);
    }

    static long key(int row, int column) {
        return row * STRIDE + column;
    }

    static int row(long key) {
        return (int) (key / STRIDE);
    }

    static int column(long key) {
        return (int) (key % STRIDE);
    }

    public List<GridRange> merges() {
        return List.copyOf(merges);
    }

    public SheetProperties properties() {
        return properties;
    }

    public StoredCell stored(int row, int column) {
        return cells.getOrDefault(key(row, column), StoredCell.EMPTY);
    }

    public void put(int row, int column, StoredCell cell) {
        if (cell == null || cell.isEmpty()) {
            cells.remove(key(row, column));
        } else {
            cells.put(key(row, column), cell);
        }
    }

    /** The index after the last row holding a value (0 when none). */
    public int lastRowWithData() {
        int last = -1;
        for (Map.Entry<Long, StoredCell> e : cells.entrySet()) {
            if (e.getValue().hasValue()) {
                last = Math.max(last, row(e.getKey()));
            }
        }
        return last + 1;
    }

    @Override
    public int sheetId() {
        return properties.sheetId();
    }

    @Override
    public String title() {
        return properties.title();
    }

    @Override
    public int rowCount() {
        return properties.rowCount();
    }

    @Override
    public int columnCount() {
        return properties.columnCount();
    }

    @Override
    public CellData cell(int row, int column) {
        StoredCell c = cells.get(key(row, column));
        return c == null ? CellData.EMPTY : c.toCellData();
    }

    @Override
    public Map<CellAddress, CellData> cells() {
        Map<CellAddress, CellData> out = new HashMap<>();
        cells.forEach((k, v) -> out.put(new CellAddress(sheetId(), row(k), column(k)), v.toCellData()));
        return out;
    }

    /** Moves the references in this sheet's formulas after rows or columns changed on some sheet. */
    void rewriteFormulas(ReferenceShift shift) {
        cells.replaceAll((k, v) -> {
            CellValueJson entered = v.userEnteredValue();
            if (entered == null || entered.formulaValue() == null || !entered.formulaValue().startsWith("=")) {
                return v;
            }
            String moved = shift.apply(entered.formulaValue(), title());
            return moved.equals(entered.formulaValue()) ? v
                    : v.withValues(new CellValueJson(null, null, null, moved, null), v.effectiveValue());
        });
    }

    /** Moves every cell at or after {@code start} on an axis by {@code delta} (negative deletes the gap). */
    void shift(boolean rows, int start, int delta) {
        TreeMap<Long, StoredCell> moved = new TreeMap<>();
        cells.forEach((k, v) -> {
            int r = row(k);
            int c = column(k);
            int index = rows ? r : c;
            if (delta < 0 && index >= start && index < start - delta) {
                return;
            }
            if (index >= start) {
                index += delta;
            }
            moved.put(rows ? key(index, c) : key(r, index), v);
        });
        cells.clear();
        cells.putAll(moved);
    }
}
