package dev.dtu.twins.google.sheets.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A sheet held in memory: its grid size and its non-empty cells. */
public final class InMemorySheet implements SheetData {
    private final int sheetId;
    private final String title;
    private final int rowCount;
    private final int columnCount;
    private final Map<CellAddress, CellData> cells = new HashMap<>();

    public InMemorySheet(int sheetId, String title, int rowCount, int columnCount) {
        this.sheetId = sheetId;
        this.title = title;
        this.rowCount = rowCount;
        this.columnCount = columnCount;
    }

    @Override
    public int sheetId() {
        return sheetId;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public int rowCount() {
        return rowCount;
    }

    @Override
    public int columnCount() {
        return columnCount;
    }

    @Override
    public CellData cell(int row, int column) {
        return cells.getOrDefault(new CellAddress(sheetId, row, column), CellData.EMPTY);
    }

    @Override
    public Map<CellAddress, CellData> cells() {
        return Collections.unmodifiableMap(cells);
    }

    public void put(int row, int column, CellData data) {
        if (row < 0 || row >= rowCount || column < 0 || column >= columnCount) {
            throw new IndexOutOfBoundsException("cell outside the grid: " + row + "," + column);
        }
        CellAddress address = new CellAddress(sheetId, row, column);
        if (data.isEmpty()) {
            cells.remove(address);
        } else {
            cells.put(address, data);
        }
    }
}
