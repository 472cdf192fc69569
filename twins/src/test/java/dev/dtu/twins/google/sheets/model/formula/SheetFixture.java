package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.A1Range;
import dev.dtu.twins.google.sheets.model.CellAddress;
import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.GridRange;
import dev.dtu.twins.google.sheets.model.InMemorySheet;
import dev.dtu.twins.google.sheets.model.InMemoryWorkbook;
import dev.dtu.twins.google.sheets.model.NamedRange;
import dev.dtu.twins.google.sheets.model.ValueInputOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A small workbook the formula tests read: Sheet1 (1000 x 26), 'My Sheet' (10 x 5), a named range. */
final class SheetFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-31T12:00:00Z"), ZoneOffset.UTC);

    final InMemoryWorkbook workbook = new InMemoryWorkbook();
    final InMemorySheet sheet1 = workbook.addSheet(0, "Sheet1", 1000, 26);
    final InMemorySheet mySheet = workbook.addSheet(7, "My Sheet", 10, 5);

    SheetFixture() {
        column("A", "1", "2", "3", "abc", "TRUE", "", "'5");
        column("B", "apple", "Banana", "cherry", "apricot");
        column("C", "10", "20", "30", "40");
        column("D", "1", "5", "10");
        column("E", "one", "five", "ten");
        column("F", "0");
        enter("'My Sheet'!A1", "100");
        enter("'My Sheet'!B1", "x");
        workbook.addNamedRange(new NamedRange("n1", "Prices", new GridRange(0, 0, 4, 2, 3)));
    }

    private void column(String letter, String... inputs) {
        for (int i = 0; i < inputs.length; i++) {
            enter(letter + (i + 1), inputs[i]);
        }
    }

    void enter(String a1, String input) {
        A1Range range = A1Range.parse(a1);
        int sheetId = workbook.resolve(range).sheetId();
        workbook.enter(new CellAddress(sheetId, range.start().row(), range.start().column()), input,
                ValueInputOption.USER_ENTERED);
    }

    CellValue value(String a1) {
        A1Range range = A1Range.parse(a1);
        InMemorySheet sheet = workbook.sheetWithId(workbook.resolve(range).sheetId());
        return sheet.cell(range.start().row(), range.start().column()).effectiveValue();
    }

    /** Evaluates a formula as if it sat in Sheet1!Z100, away from the data. */
    CellValue evaluate(String formula) {
        return Formula.parse(formula).evaluate(EvaluationContext.at(workbook, sheet1, 99, 25, CLOCK));
    }

    void recalculate() {
        Recalculator.recalculate(workbook, CLOCK);
    }
}
