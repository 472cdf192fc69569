package dev.dtu.twins.google.sheets.model;

import java.util.Map;

/** One sheet's grid as the formula evaluator reads it. */
public interface SheetData {

    int sheetId();

    String title();

    int rowCount();

    int columnCount();

    /** The cell at a 0-based position; {@link CellData#EMPTY} when nothing is there. */
    CellData cell(int row, int column);

    /** The non-empty cells, keyed by address. */
    Map<CellAddress, CellData> cells();
}
