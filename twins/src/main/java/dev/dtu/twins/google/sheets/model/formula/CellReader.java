package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.CellData;
import dev.dtu.twins.google.sheets.model.SheetData;

/** How the evaluator reads other cells: stored values, or values just recalculated. */
@FunctionalInterface
public interface CellReader {

    CellData cellAt(SheetData sheet, int row, int column);

    /** Reads the effective values stored in the sheets. */
    static CellReader stored() {
        return SheetData::cell;
    }
}
