package dev.dtu.twins.google.sheets.model;

import java.util.ArrayList;
import java.util.List;

/**
 * values.get: the rendered values of a range. Google leaves out trailing empty rows and trailing empty
 * cells of each row (or column, for COLUMNS), and echoes the range cut down to the grid.
 */
public final class ValueReader {
    private ValueReader() {}

    public static ValueRangeData read(SpreadsheetEditor book, GridRange range, boolean rowMajor,
                                      ValueRenderOption render, DateTimeRenderOption dates) {
        EditSheet sheet = book.sheetWithId(range.sheetId());
        GridRange g = range.clampTo(sheet.rowCount(), sheet.columnCount());
        List<List<Object>> values = new ArrayList<>();
        int outer = rowMajor ? g.rowCount() : g.columnCount();
        int inner = rowMajor ? g.columnCount() : g.rowCount();
        for (int i = 0; i < outer; i++) {
            List<Object> line = new ArrayList<>();
            for (int j = 0; j < inner; j++) {
                int row = g.startRowIndex() + (rowMajor ? i : j);
                int column = g.startColumnIndex() + (rowMajor ? j : i);
                line.add(ValueRenderer.render(sheet.cell(row, column), render, dates));
            }
            while (!line.isEmpty() && "".equals(line.get(line.size() - 1))) {
                line.remove(line.size() - 1);
            }
            values.add(line);
        }
        while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
            values.remove(values.size() - 1);
        }
        return new ValueRangeData(echo(sheet, g), rowMajor ? "ROWS" : "COLUMNS", values);
    }

    /** The A1 text Google returns for a grid range: quoted sheet title, cut to the grid. */
    public static String echo(SheetData sheet, GridRange g) {
        GridRange c = g.clampTo(sheet.rowCount(), sheet.columnCount());
        if (c.rowCount() <= 0 || c.columnCount() <= 0) {
            return SheetNames.quoteIfNeeded(sheet.title());
        }
        return A1Range.of(sheet.title(), c).toA1();
    }
}
