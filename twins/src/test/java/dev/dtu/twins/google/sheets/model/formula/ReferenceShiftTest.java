package dev.dtu.twins.google.sheets.model.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formula references after rows or columns change on Sheet1, as Sheets rewrites them. */
class ReferenceShiftTest {

    @ParameterizedTest(name = "{0} {1} at {2}: {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
        "ROWS    | 1  | 1 | =A1+A2+A3           | =A1+A3+A4",
        "ROWS    | 2  | 1 | =SUM(A1:A3)         | =SUM(A1:A5)",
        "ROWS    | 1  | 3 | =SUM(A1:A3)         | =SUM(A1:A3)",
        "ROWS    | 1  | 0 | =$B$1*2             | =$B$2*2",
        "ROWS    | -1 | 1 | =A1+A2+A3           | =A1+#REF!+A2",
        "ROWS    | -2 | 1 | =SUM(A1:A5)         | =SUM(A1:A3)",
        "ROWS    | -2 | 0 | =SUM(A1:A2)         | =SUM(#REF!)",
        "ROWS    | -1 | 0 | =Sheet1!A1&Other!A1 | =#REF!&Other!A1",
        "ROWS    | 1  | 0 | =SUM(B:B)           | =SUM(B:B)",
        "COLUMNS | 1  | 1 | =A1+B1+'Sheet1'!C1  | =A1+C1+'Sheet1'!D1",
        "COLUMNS | -1 | 0 | =SUM(A1:C1)         | =SUM(A1:B1)",
        "COLUMNS | 1  | 0 | =SUM(2:2)           | =SUM(2:2)",
        "ROWS    | 1  | 0 | =\"A1\"&A1          | =\"A1\"&A2",
    })
    void referencesMove(String dimension, int delta, int start, String before, String after) {
        ReferenceShift shift = new ReferenceShift("Sheet1", dimension.equals("ROWS"), start, delta);
        assertEquals(after, shift.apply(before, "Sheet1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"=Sheet1!A1+A1 | =Sheet1!A2+A1", "=SUM( | =SUM("})
    void onlyReferencesToTheChangedSheetMove(String before, String after) {
        assertEquals(after, new ReferenceShift("Sheet1", true, 0, 1).apply(before, "Other"));
    }
}
