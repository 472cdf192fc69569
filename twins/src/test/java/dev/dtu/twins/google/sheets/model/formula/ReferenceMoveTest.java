package dev.dtu.twins.google.sheets.model.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formula references after moveDimension on Sheet1: they point at the same cells, wherever those went. */
class ReferenceMoveTest {

    @ParameterizedTest(name = "{0} [{1},{2}) to {3}: {4} -> {5}")
    @CsvSource(delimiter = '|', value = {
        // the MoveDimensionRequest docs' example: rows [1,3) to 4 turn 0,1,2,3,4 into 0,3,1,2,4
        "ROWS    | 1 | 3 | 4 | =A1+A2+A3+A4+A5  | =A1+A3+A4+A2+A5",
        "ROWS    | 3 | 4 | 0 | =A1+A4+$B$4      | =A2+A1+$B$1",
        "ROWS    | 1 | 3 | 4 | =SUM(A1:A5)      | =SUM(A1:A5)",
        "ROWS    | 1 | 3 | 9 | =SUM(A1:A5)      | =SUM(A1:A3)",
        "ROWS    | 6 | 8 | 2 | =SUM(A1:A5)      | =SUM(A1:A7)",
        "ROWS    | 6 | 8 | 0 | =SUM(A1:A5)      | =SUM(A3:A7)",
        "ROWS    | 1 | 3 | 9 | =SUM(A2:A3)      | =SUM(A8:A9)",
        "ROWS    | 1 | 3 | 2 | =A2+A3           | =A2+A3",
        "ROWS    | 0 | 1 | 5 | =SUM(B:B)+A1     | =SUM(B:B)+A5",
        "COLUMNS | 0 | 2 | 3 | =A1&B1&C1&D1     | =B1&C1&A1&D1",
        "COLUMNS | 2 | 3 | 0 | =SUM(A1:C1)      | =SUM(B1:C1)",
        "COLUMNS | 0 | 1 | 3 | =SUM(1:1)+Other!A1 | =SUM(1:1)+Other!A1",
    })
    void referencesFollowTheirCells(String dimension, int start, int end, int destination, String before,
                                    String after) {
        ReferenceMove move = new ReferenceMove("Sheet1", dimension.equals("ROWS"), start, end, destination);
        assertEquals(after, move.apply(before, "Sheet1"));
    }

    @ParameterizedTest(name = "[{0},{1}) to {2} in 8")
    @CsvSource({"1,3,4", "3,4,0", "0,8,8", "2,5,8", "5,8,0", "2,5,3", "0,1,1", "6,7,2"})
    void cellsArePermutedAsTheListWouldBe(int start, int end, int destination) {
        List<Integer> expected = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        List<Integer> block = new ArrayList<>(expected.subList(start, end));
        int at = destination <= start ? destination : destination >= end ? destination - (end - start) : start;
        expected.subList(start, end).clear();
        expected.addAll(at, block);
        ReferenceMove move = new ReferenceMove("Sheet1", true, start, end, destination);
        Integer[] actual = new Integer[8];
        for (int i = 0; i < 8; i++) {
            actual[move.movedCell(i)] = i;
        }
        assertEquals(expected, List.of(actual));
    }
}
