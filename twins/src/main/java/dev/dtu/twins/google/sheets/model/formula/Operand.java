package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.CellData;
import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.GridRange;
import dev.dtu.twins.google.sheets.model.SheetData;
import java.util.ArrayList;
import java.util.List;

/** What an expression evaluates to: one value, or a block of cells (a reference). */
sealed interface Operand {

    record Scalar(CellValue value) implements Operand {
    }

    /** A reference clamped to its sheet's grid; cells are read through the evaluation's CellReader. */
    record Range(SheetData sheet, GridRange area, CellReader reader) implements Operand {
        int rows() {
            return area.rowCount();
        }

        int columns() {
            return area.columnCount();
        }

        CellData cell(int row, int column) {
            return reader.cellAt(sheet, area.startRowIndex() + row, area.startColumnIndex() + column);
        }

        CellValue get(int row, int column) {
            return cell(row, column).effectiveValue();
        }

        /** Values in row-major order. */
        List<CellValue> values() {
            List<CellValue> values = new ArrayList<>(rows() * columns());
            for (int r = 0; r < rows(); r++) {
                for (int c = 0; c < columns(); c++) {
                    values.add(get(r, c));
                }
            }
            return values;
        }

        /** The same sheet area moved and resized, as SUMIF does with its sum range. */
        Range resized(int rowCount, int columnCount) {
            int startRow = area.startRowIndex();
            int startColumn = area.startColumnIndex();
            GridRange moved = new GridRange(area.sheetId(), startRow, startRow + rowCount, startColumn,
                    startColumn + columnCount).clampTo(sheet.rowCount(), sheet.columnCount());
            return new Range(sheet, moved, reader);
        }
    }

    static Scalar of(CellValue value) {
        return new Scalar(value);
    }
}
