package dev.dtu.twins.google.sheets.model.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.twins.google.sheets.model.formula.CellMoves.Block;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formula references after cells move without whole rows or columns moving. */
class CellMovesTest {

    // insertRange / deleteRange of rows 2..3 (start 1) inside columns B:C of Sheet1.
    @ParameterizedTest(name = "{0} rows at B2: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "2  | =B2+C4+A2+D2        | =B4+C6+A2+D2",
        "2  | =SUM(B1:C9)         | =SUM(B1:C11)",
        "2  | =SUM(A1:C9)         | =SUM(A1:C9)",
        "2  | =SUM(B:B)           | =SUM(B:B)",
        "2  | =$B$2*2             | =$B$4*2",
        "2  | =b2                 | =B4",
        "2  | =Other!B2+Sheet1!B2 | =Other!B2+Sheet1!B4",
        "-2 | =B1+B2+B3+B4        | =B1+#REF!+#REF!+B2",
        "-2 | =SUM(B1:B9)         | =SUM(B1:B7)",
        "-2 | =SUM(B2:C3)         | =SUM(#REF!)",
        "-2 | =SUM(B3:B5)         | =SUM(B2:B3)",
        "-2 | =B4:C3              | =B2:C2",
    })
    void bandShiftMovesOnlyReferencesInsideTheBand(int delta, String before, String after) {
        assertEquals(after, FormulaReferences.rewrite(before, CellMoves.bandShift("Sheet1", "Sheet1", true, 1, 2,
                1, delta)));
    }

    // A band from the first row to the grid's end holds whole columns, so they move as with insertDimension.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "=SUM(B:B)+SUM(A:A) | =SUM(D:D)+SUM(A:A)",
        "=SUM(2:2)+C7       | =SUM(2:2)+E7",
    })
    void aBandAcrossEveryRowMovesWholeColumns(String before, String after) {
        assertEquals(after, FormulaReferences.rewrite(before, CellMoves.bandShift("Sheet1", "Sheet1", false, 0,
                Integer.MAX_VALUE, 1, 2)));
    }

    // cutPaste of Sheet1!A1:B2 to Other!D5.
    @ParameterizedTest(name = "on {0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Sheet1 | Sheet1 | =A1+B2+C3          | =Other!D5+Other!E6+C3",
        "Sheet1 | Sheet1 | =SUM(A1:B2)        | =SUM(Other!D5:E6)",
        "Sheet1 | Sheet1 | =SUM(A1:C2)        | =SUM(A1:C2)",
        "Sheet1 | Other  | =A1+C3             | =D5+Sheet1!C3",
        "Other  | Other  | =D5+'Sheet1'!$A$1  | =#REF!+Other!$D$5",
        "Other  | Other  | =SUM(D5:E5)        | =SUM(#REF!)",
        "Other  | Other  | =SUM(D5:F5)        | =SUM(D5:F5)",
        "Third  | Third  | =Sheet1!B1&\"A1\"  | =Other!E5&\"A1\"",
    })
    void blockMoveFollowsMovedCellsAndBreaksOverwrittenOnes(String sheetBefore, String sheetAfter, String before,
                                                            String after) {
        Block cut = new Block("Sheet1", 0, 2, 0, 2);
        Block pasted = new Block("Other", 4, 6, 3, 5);
        assertEquals(after, FormulaReferences.rewrite(before, CellMoves.blockMove(cut, pasted, sheetBefore,
                sheetAfter)));
    }

    @ParameterizedTest(name = "by ({0},{1}): {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "1  | 2  | =A1+$A1+A$1+$A$1 | =C2+$A2+C$1+$A$1",
        "1  | 0  | =SUM(A:A)+SUM(1:2) | =SUM(A:A)+SUM(2:3)",
        "0  | 1  | =Other!A1:B2     | =Other!B1:C2",
        "-1 | 0  | =A1+A2           | =#REF!+A1",
        "0  | -1 | =SUM(A1:B1)      | =SUM(#REF!)",
        "5  | 5  | =SUM(              | =SUM(",
    })
    void offsetMovesRelativePartsOnly(int rows, int columns, String before, String after) {
        assertEquals(after, FormulaReferences.rewrite(before, CellMoves.offset(rows, columns)));
    }
}
