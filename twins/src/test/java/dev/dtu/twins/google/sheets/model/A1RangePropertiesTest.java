package dev.dtu.twins.google.sheets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.twins.google.sheets.model.A1Range.Corner;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;

class A1RangePropertiesTest {

    @Property(tries = 500)
    void a1TextParsesBackToTheSameRange(@ForAll("ranges") A1Range range) {
        String text = range.toA1();
        A1Range parsed = A1Range.parse(text);
        assertEquals(range, parsed);
        assertEquals(text, parsed.toA1());
    }

    @Property(tries = 300)
    void r1c1TextParsesBackToTheSameRange(@ForAll("blocks") A1Range range) {
        // R2:R3 or C1 alone would read as A1 cells, so whole rows and columns go through the R1C1 parser.
        assertEquals(range, R1C1Notation.parse(range.toR1C1(), 0, 0));
        if (range.start().isCell()) {
            assertEquals(range, A1Range.parse(range.toR1C1()));
        }
    }

    @Property(tries = 300)
    void gridRangeConversionPrintsTheSameRange(@ForAll("blocks") A1Range range) {
        GridRange grid = range.toGridRange(7);
        assertEquals(range, A1Range.of(range.sheetName(), grid));
        assertEquals(7, grid.sheetId());
    }

    @Property(tries = 1000)
    void columnIndexesAndLettersAreABijection(@ForAll @IntRange(min = 0, max = ColumnLetters.MAX_COLUMNS - 1) int index) {
        String letters = ColumnLetters.toLetters(index);
        assertTrue(letters.matches("[A-Z]{1,3}"), letters);
        assertEquals(index, ColumnLetters.toIndex(letters));
    }

    @Property(tries = 1000)
    void everyLetterStringIsAColumn(@ForAll @StringLength(min = 1, max = 3) @CharRange(from = 'A', to = 'Z') String letters) {
        assertEquals(letters, ColumnLetters.toLetters(ColumnLetters.toIndex(letters)));
    }

    @Property(tries = 200)
    void quotedTitlesSurviveAnyCharacters(@ForAll @StringLength(min = 1, max = 12)
                                          @Chars({'\'', ' ', '!', ':', 'a', 'Z', '1', '$', '"', 'é'}) String title) {
        A1Range range = A1Range.cell(title, 0, 0);
        assertEquals(title, A1Range.parse(range.toA1()).sheetName());
    }

    @Provide
    Arbitrary<A1Range> ranges() {
        Arbitrary<String> sheets = sheetNames().injectNull(0.2);
        return Arbitraries.oneOf(
                Combinators.combine(sheets, cells(), cells()).as(A1RangePropertiesTest::ordered),
                Combinators.combine(sheets, cells()).as((s, c) -> new A1Range(s, c, c)),
                Combinators.combine(sheets, columns(), columns()).as(A1RangePropertiesTest::ordered),
                Combinators.combine(sheets, rows(), rows()).as(A1RangePropertiesTest::ordered),
                Combinators.combine(sheets, cells(), columns()).as(A1RangePropertiesTest::ordered),
                sheetNames().map(A1Range::wholeSheet));
    }

    @Provide
    Arbitrary<A1Range> blocks() {
        Arbitrary<String> sheets = sheetNames().injectNull(0.2);
        return Arbitraries.oneOf(
                Combinators.combine(sheets, cells(), cells()).as(A1RangePropertiesTest::ordered),
                Combinators.combine(sheets, columns(), columns()).as(A1RangePropertiesTest::ordered),
                Combinators.combine(sheets, rows(), rows()).as(A1RangePropertiesTest::ordered));
    }

    private static A1Range ordered(String sheet, Corner a, Corner b) {
        return new A1Range(sheet, new Corner(min(a.row(), b.row()), min(a.column(), b.column())),
                new Corner(max(a.row(), b.row()), max(a.column(), b.column())));
    }

    private static Integer min(Integer a, Integer b) {
        if (a == null || b == null) {
            return a;
        }
        return Integer.valueOf(Math.min(a, b));
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null || b == null) {
            return b;
        }
        return Integer.valueOf(Math.max(a, b));
    }

    private static Arbitrary<Corner> cells() {
        return Combinators.combine(rowIndexes(), columnIndexes()).as(Corner::new);
    }

    private static Arbitrary<Corner> columns() {
        return columnIndexes().map(c -> new Corner(null, c));
    }

    private static Arbitrary<Corner> rows() {
        return rowIndexes().map(r -> new Corner(r, null));
    }

    private static Arbitrary<Integer> rowIndexes() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 1100), Arbitraries.integers().between(0, 9_999_999));
    }

    private static Arbitrary<Integer> columnIndexes() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, ColumnLetters.MAX_COLUMNS - 1));
    }

    static Arbitrary<String> sheetNames() {
        return Arbitraries.oneOf(
                Arbitraries.of("Sheet1", "My Sheet", "It's", "A1", "R1C1", "TRUE", "Data_2024", "'quoted'", "x!y", "Résumé"),
                Arbitraries.strings().withChars("abcXYZ019 '_!:-$\"").ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6));
    }
}
