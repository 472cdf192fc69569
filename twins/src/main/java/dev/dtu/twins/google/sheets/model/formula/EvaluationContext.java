package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.SheetData;
import dev.dtu.twins.google.sheets.model.Workbook;
import java.time.Clock;

/**
 * Where a formula is evaluated: its workbook, its own sheet and cell (references without a sheet
 * name mean this sheet), the clock TODAY and NOW read (its zone is the spreadsheet's time zone: they give
 * that zone's wall-clock date and time), and how other cells are read.
 */
public record EvaluationContext(Workbook workbook, SheetData sheet, int row, int column, Clock clock,
                                CellReader reader) {

    public static EvaluationContext at(Workbook workbook, SheetData sheet, int row, int column, Clock clock) {
        return new EvaluationContext(workbook, sheet, row, column, clock, CellReader.stored());
    }
}
