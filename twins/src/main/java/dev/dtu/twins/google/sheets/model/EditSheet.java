package dev.dtu.twins.google.sheets.model;

import dev.dtu.twins.google.sheets.model.formula.ReferenceShift;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pcollections.TreePMap;

/**
 * A sheet being edited, readable by the formula evaluator. Its cells are a persistent map: each change makes a
 * new map sharing the rest, so opening and freezing a sheet copies nothing.
 */
public final class EditSheet implements SheetData {
    SheetProperties properties;
    TreePMap<CellKey, StoredCell> cells = TreePMap.empty();
    final List<GridRange> merges = new ArrayList<>();

    EditSheet(SheetProperties properties) {
        this.properties = properties;
    }

    static EditSheet of(Sheet sheet) {
        EditSheet s = new EditSheet(sheet.properties());
        s.cells = sheet.persistentCells();
        s.merges.addAll(sheet.merges());
        return s;
    }

    Sheet freeze() {
        return new Sheet(properties, cells, merges);
    }

    static CellKey key(int row, int column) {
        return new CellKey(row, column);
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
        cells = cell == null || cell.isEmpty() ? cells.minus(key(row, column)) : cells.plus(key(row, column), cell);
    }

    /** The index after the last row holding a value (0 when none). */
    public int lastRowWithData() {
        int last = -1;
        for (Map.Entry<CellKey, StoredCell> e : cells.entrySet()) {
            if (e.getValue().hasValue()) {
                last = Math.max(last, e.getKey().row());
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
        cells.forEach((k, v) -> out.put(new CellAddress(sheetId(), k.row(), k.column()), v.toCellData()));
        return out;
    }

    /** Moves the references in this sheet's formulas after rows or columns changed on some sheet. */
    void rewriteFormulas(ReferenceShift shift) {
        for (Map.Entry<CellKey, StoredCell> e : cells.entrySet()) {
            CellValueJson entered = e.getValue().userEnteredValue();
            if (entered != null && entered.formulaValue() != null && entered.formulaValue().startsWith("=")) {
                String moved = shift.apply(entered.formulaValue(), title());
                if (!moved.equals(entered.formulaValue())) {
                    cells = cells.plus(e.getKey(), e.getValue().withValues(new CellValueJson(null, null, null, moved,
                            null), e.getValue().effectiveValue()));
                }
            }
        }
    }

    /** Moves every cell at or after {@code start} on an axis by {@code delta} (negative deletes the gap). */
    void shift(boolean rows, int start, int delta) {
        Map<CellKey, StoredCell> moved = new java.util.HashMap<>();
        for (Map.Entry<CellKey, StoredCell> e : cells.entrySet()) {
            int index = rows ? e.getKey().row() : e.getKey().column();
            if (index >= start) {
                cells = cells.minus(e.getKey());
                boolean deleted = delta < 0 && index < start - delta;
                if (!deleted) {
                    moved.put(rows ? key(index + delta, e.getKey().column()) : key(e.getKey().row(), index + delta),
                            e.getValue());
                }
            }
        }
        cells = cells.plusAll(moved);
    }
}
