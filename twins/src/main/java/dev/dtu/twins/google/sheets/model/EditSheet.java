package dev.dtu.twins.google.sheets.model;

import dev.dtu.twins.google.sheets.model.formula.AxisChange;
import dev.dtu.twins.google.sheets.model.formula.FormulaRewrite;
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
    /** Rows, then columns, whose size or visibility differs from the defaults. */
    List<DimensionRun> rowRuns = List.of();
    List<DimensionRun> columnRuns = List.of();
    /** See {@link Sheet#extras()}: replaced, never changed in place. */
    final Map<String, com.fasterxml.jackson.databind.JsonNode> extras = new java.util.TreeMap<>();

    EditSheet(SheetProperties properties) {
        this.properties = properties;
    }

    static EditSheet of(Sheet sheet) {
        EditSheet s = new EditSheet(sheet.properties());
        s.cells = sheet.persistentCells();
        s.merges.addAll(sheet.merges());
        s.rowRuns = sheet.rowRuns();
        s.columnRuns = sheet.columnRuns();
        s.extras.putAll(sheet.extras());
        return s;
    }

    Sheet freeze() {
        return new Sheet(properties, cells, merges, rowRuns, columnRuns, extras);
    }

    /** The runs of rows or of columns with non-default properties. */
    public List<DimensionRun> runs(boolean rows) {
        return rows ? rowRuns : columnRuns;
    }

    void setRuns(boolean rows, List<DimensionRun> runs) {
        if (rows) {
            rowRuns = runs;
        } else {
            columnRuns = runs;
        }
    }

    static CellKey key(int row, int column) {
        return new CellKey(row, column);
    }

    public Map<String, com.fasterxml.jackson.databind.JsonNode> extras() {
        return java.util.Collections.unmodifiableMap(extras);
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
    void rewriteFormulas(List<AxisChange> changes) {
        for (Map.Entry<CellKey, StoredCell> e : cells.entrySet()) {
            CellValueJson entered = e.getValue().userEnteredValue();
            if (entered != null && entered.formulaValue() != null && entered.formulaValue().startsWith("=")) {
                String moved = FormulaRewrite.apply(changes, entered.formulaValue(), title());
                if (!moved.equals(entered.formulaValue())) {
                    cells = cells.plus(e.getKey(), e.getValue().withValues(new CellValueJson(null, null, null, moved,
                            null), e.getValue().effectiveValue()));
                }
            }
        }
    }

    /** Moves every cell at or after {@code start} on an axis by {@code delta} (negative deletes the gap). */
    void shift(boolean rows, int start, int delta) {
        remap(new ReferenceShift(title(), rows, start, delta));
    }

    /**
     * Moves this sheet's cells, merges and row or column properties after its rows or columns were inserted,
     * deleted or moved. Cells whose row or column was deleted go; a merge shrinks with the rows deleted inside it,
     * grows with rows inserted inside it, and goes when it is down to one cell.
     */
    void remap(AxisChange change) {
        remapCells(List.of(change));
        remapMergesAndRuns(change);
    }

    /** Moves the cells through every change in turn, in one pass over them. */
    void remapCells(List<AxisChange> changes) {
        Map<CellKey, StoredCell> moved = new HashMap<>();
        List<CellKey> gone = new ArrayList<>();
        for (Map.Entry<CellKey, StoredCell> e : cells.entrySet()) {
            int row = e.getKey().row();
            int column = e.getKey().column();
            for (AxisChange change : changes) {
                if (change.rows()) {
                    row = change.movedCell(row);
                } else {
                    column = change.movedCell(column);
                }
                if (row == AxisChange.REF || column == AxisChange.REF) {
                    break;
                }
            }
            if (row != e.getKey().row() || column != e.getKey().column()) {
                gone.add(e.getKey());
                if (row != AxisChange.REF && column != AxisChange.REF) {
                    moved.put(key(row, column), e.getValue());
                }
            }
        }
        cells = cells.minusAll(gone).plusAll(moved);
    }

    /** Moves the merges and the row or column properties for one change. */
    void remapMergesAndRuns(AxisChange change) {
        boolean rows = change.rows();
        List<GridRange> kept = new ArrayList<>();
        for (GridRange m : merges) {
            int first = rows ? m.startRowIndex() : m.startColumnIndex();
            int end = rows ? m.endRowIndex() : m.endColumnIndex();
            int[] span = change.movedSpan(first, end);
            if (span == null) {
                continue;
            }
            GridRange r = rows ? new GridRange(m.sheetId(), span[0], span[1], m.startColumnIndex(), m.endColumnIndex())
                    : new GridRange(m.sheetId(), m.startRowIndex(), m.endRowIndex(), span[0], span[1]);
            if (r.rowCount() * r.columnCount() > 1) {
                kept.add(r);
            }
        }
        merges.clear();
        merges.addAll(kept);
        setRuns(rows, DimensionRuns.remap(runs(rows), change));
        ExtrasMoves.remap(this, change);
    }
}
