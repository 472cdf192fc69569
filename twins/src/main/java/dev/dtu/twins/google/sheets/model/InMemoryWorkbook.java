package dev.dtu.twins.google.sheets.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A spreadsheet's sheets and named ranges in memory. Writes store what the user entered; formula
 * results come from recalculation ({@code Recalculator.recalculate(workbook, clock)}).
 */
public final class InMemoryWorkbook implements Workbook {
    private final List<InMemorySheet> sheets = new ArrayList<>();
    private final List<NamedRange> namedRanges = new ArrayList<>();

    public InMemorySheet addSheet(int sheetId, String title, int rowCount, int columnCount) {
        InMemorySheet sheet = new InMemorySheet(sheetId, title, rowCount, columnCount);
        sheets.add(sheet);
        return sheet;
    }

    public void addNamedRange(NamedRange namedRange) {
        namedRanges.add(namedRange);
    }

    @Override
    public List<InMemorySheet> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public List<NamedRange> namedRanges() {
        return List.copyOf(namedRanges);
    }

    public InMemorySheet sheetWithId(int sheetId) {
        return sheets.stream().filter(s -> s.sheetId() == sheetId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sheet with id " + sheetId));
    }

    /**
     * Stores an input string as values.update does. A value without a format of its own keeps the
     * cell's format, as typing 5 into a date cell shows a date.
     */
    public void enter(CellAddress address, String input, ValueInputOption option) {
        EnteredValue entered = UserEnteredParser.parse(input, option);
        InMemorySheet sheet = sheetWithId(address.sheetId());
        NumberFormat format = entered.format() != null
                ? entered.format()
                : sheet.cell(address.row(), address.column()).userEnteredFormat();
        sheet.put(address.row(), address.column(), cellFor(entered.value(), format));
    }

    private static CellData cellFor(ExtendedValue value, NumberFormat format) {
        if (value instanceof CellValue literal) {
            return CellData.literal(literal, format);
        }
        return new CellData(value, CellValue.EMPTY, format, format);
    }

    /** Stores recalculated formula cells. */
    public void apply(Map<CellAddress, CellData> results) {
        results.forEach((address, data) -> sheetWithId(address.sheetId()).put(address.row(), address.column(), data));
    }
}
