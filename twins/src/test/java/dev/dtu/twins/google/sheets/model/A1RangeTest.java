package dev.dtu.twins.google.sheets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.twins.google.sheets.model.A1Range.Corner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class A1RangeTest {

    @Test
    void parsesACellBlockOnASheet() {
        A1Range range = A1Range.parse("Sheet1!A1:B2");
        assertEquals(new A1Range("Sheet1", new Corner(0, 0), new Corner(1, 1)), range);
        assertEquals(new GridRange(3, 0, 2, 0, 2), range.toGridRange(3));
    }

    @Test
    void quotedTitlesUnescapeDoubledApostrophes() {
        assertEquals(new A1Range("It's", new Corner(1, null), new Corner(1, null)), A1Range.parse("'It''s'!2:2"));
        assertEquals(A1Range.wholeSheet("My Sheet"), A1Range.parse("'My Sheet'"));
        assertEquals("'My Sheet'!A:A", A1Range.parse("'My Sheet'!A:A").toA1());
    }

    @Test
    void openRangesLeaveGridSidesUnbounded() {
        assertEquals(new GridRange(0, null, null, 0, 1), A1Range.parse("A:A").toGridRange(0));
        assertEquals(new GridRange(0, 1, 2, null, null), A1Range.parse("2:2").toGridRange(0));
        assertEquals(new GridRange(0, 1, null, 0, 3), A1Range.parse("A2:C").toGridRange(0));
        assertEquals(GridRange.wholeSheet(0), A1Range.parse("Sheet1").toGridRange(0));
        assertEquals(new GridRange(0, 1, 1000, 0, 3),
                A1Range.parse("A2:C").toGridRange(0).clampTo(1000, 26));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "B3:B3|B3", "b2:a1|A1:B2", "$A$1:$B$2|A1:B2", "Sheet1!A1|Sheet1!A1", "'Sheet1'!A1|Sheet1!A1",
            "'My Sheet'!C:A|'My Sheet'!A:C", "R1C1:R2C3|A1:C2", "R2C2|B2", "A5:A|A5:A", "3:1|1:3",
            "'A1'!B2|'A1'!B2", "ZZZ1|ZZZ1"})
    void printsGoogleCanonicalForm(String input, String canonical) {
        assertEquals(canonical, A1Range.parse(input).toA1());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sheet1!A1:[5", "Sheet1!A1:AAAA1", "Sheet1!A0", "SEIZE!A2:A0", "Sheet1!", "'Sheet1",
            "'Sheet1'A1", "A1:B2:C3", "A:1", "Sheet1!A", "''!A1", "!A1", "A1:", "", "Sheet1!R[1]C1"})
    void malformedRangesGetGooglesMessage(String input) {
        RangeParseException e = assertThrows(RangeParseException.class, () -> A1Range.parse(input));
        assertEquals("Unable to parse range: " + input, e.getMessage());
    }

    @Test
    void relativeR1C1NeedsAnAnchor() {
        assertEquals(A1Range.cell(null, 3, 1), R1C1Notation.parse("R[1]C[-1]", 2, 2));
        assertEquals(A1Range.cell("Data", 2, 2), R1C1Notation.parse("Data!RC", 2, 2));
        assertEquals("R1C1:R2C3", A1Range.parse("A1:C2").toR1C1());
        assertThrows(RangeParseException.class, () -> R1C1Notation.parse("R[-5]C1", 2, 2));
    }

    @Test
    void sheetTitlesAreQuotedOnlyWhenNeeded() {
        assertEquals("Sheet1", SheetNames.quoteIfNeeded("Sheet1"));
        assertEquals("'My Sheet'", SheetNames.quoteIfNeeded("My Sheet"));
        assertEquals("'It''s'", SheetNames.quoteIfNeeded("It's"));
        assertEquals("'B2'", SheetNames.quoteIfNeeded("B2"));
        assertEquals("'2024'", SheetNames.quoteIfNeeded("2024"));
    }

    @Test
    void workbookResolvesSheetsThenNamedRanges() {
        InMemoryWorkbook workbook = new InMemoryWorkbook();
        workbook.addSheet(0, "Sheet1", 1000, 26);
        workbook.addSheet(42, "Data", 10, 5);
        workbook.addNamedRange(new NamedRange("nr1", "Prices", new GridRange(42, 0, 3, 1, 2)));

        assertEquals(new GridRange(0, 0, 2, 0, 2), workbook.resolve("A1:B2"));
        assertEquals(new GridRange(42, 0, 1, 0, 1), workbook.resolve("data!A1"));
        assertEquals(new GridRange(42, 0, 3, 1, 2), workbook.resolve("Prices"));
        RangeParseException missing = assertThrows(RangeParseException.class, () -> workbook.resolve("Class Data!A2:E"));
        assertEquals("Unable to parse range: Class Data!A2:E", missing.getMessage());
    }

    @Test
    void columnLettersAtTheEdges() {
        assertEquals("A", ColumnLetters.toLetters(0));
        assertEquals("Z", ColumnLetters.toLetters(25));
        assertEquals("AA", ColumnLetters.toLetters(26));
        assertEquals("ZZ", ColumnLetters.toLetters(701));
        assertEquals("AAA", ColumnLetters.toLetters(702));
        assertEquals(18277, ColumnLetters.toIndex("ZZZ"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ColumnLetters.toLetters(18278))
                .getMessage().contains("18278"));
    }
}
